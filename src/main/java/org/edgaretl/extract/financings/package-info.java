/**
 * Financings: capital raised or borrowed, read sentence by sentence from the financing items, press releases
 * and underwriting term sheets: amounts, instruments, exemptions and terms, merged into one row per transaction;
 * and each row's own offering key ({@link org.edgaretl.extract.financings.OfferingKeys}).
 */
package org.edgaretl.extract.financings;

