/**
 * Financings: capital raised or borrowed, read sentence by sentence from the financing items, press releases
 * and underwriting term sheets: amounts, instruments, exemptions and terms, merged into one row per transaction.
 */
package org.edgaretl.extract.financings;

