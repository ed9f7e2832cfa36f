/**
 * The filing row: each field chosen from the SEC header, the inline-XBRL {@code dei:} cover tags and the cover
 * page text by a fixed precedence, disagreements kept as warnings; the signature block's signer, title and date.
 */
package org.edgaretl.extract.filing;

