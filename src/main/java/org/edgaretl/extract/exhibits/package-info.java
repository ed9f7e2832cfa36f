/** Exhibits: the entries of the document's exhibit list merged with the EX- documents attached to the filing. */
package org.edgaretl.extract.exhibits;

