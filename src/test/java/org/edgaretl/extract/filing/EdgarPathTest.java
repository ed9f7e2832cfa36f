package org.edgaretl.extract.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.edgaretl.domain.FieldSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an EDGAR-style file name or path states of a filing's identity, and what it does not. */
class EdgarPathTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
        "0001193125-23-048785.htm, 0001193125-23-048785",
        "modern/0001193125-23-048785.txt, 0001193125-23-048785",
        "feed/20230301.nc.tar.gz!0001193125-23-048785.nc, 0001193125-23-048785",
        "100493_8K_2015_0000100493-15-000011.htm, 0000100493-15-000011",
        "d460839d8k.htm, NONE",
        "seed/immunogen-1995-08-8k.txt, NONE",
        // two different accession numbers in one name say nothing for sure
        "0001193125-23-048785_0001193125-23-048786.htm, NONE",
        // a dashless number in a flattened cache path is not EDGAR's folder
        "edgarWebR__tests__cache__31791__000095013501000920__b38210pee10-k405.txt.txt, NONE",
        "10001193125-23-048785.htm, NONE"})
    void theFileNameStatesAnAccessionNumber(String sourceFile, String accession) {
        CoverFields name = EdgarPath.fileName(sourceFile);
        assertThat(name.source()).isEqualTo(FieldSource.FILE_NAME);
        assertThat(name.accession()).isEqualTo(accession);
        assertThat(name.cik()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
        "Archives/edgar/data/1001258/000119312523048785/d460839d8k.htm, 0001193125-23-048785, 0001001258",
        "edgar/data/1001258/0001193125-23-048785.txt, NONE, 0001001258",
        "EDGAR/Data/1001258/000119312523048785/d8k.htm, 0001193125-23-048785, 0001001258",
        "sec-edgar-filings/AAPL/8-K/0000320193-23-000064/primary-document.html, 0000320193-23-000064, NONE",
        "mirror\\edgar\\data\\320193\\000032019323000064\\aapl-20230501.htm, 0000320193-23-000064, 0000320193",
        // an 18-digit folder elsewhere, a number that is no CIK folder, a CIK of zeros: nothing
        "filings/000119312523048785/d8k.htm, NONE, NONE",
        "data/1001258/000119312523048785/d8k.htm, NONE, NONE",
        "edgar/data/0000000/000119312523048785/d8k.htm, NONE, NONE",
        "edgar/data/12345678901/000119312523048785/d8k.htm, NONE, NONE",
        // the folder nearest the file names the filing
        "0000320193-23-000001/0000320193-23-000064/x.htm, 0000320193-23-000064, NONE",
        "0001193125-23-048785.htm, NONE, NONE"})
    void theFoldersStateAnAccessionNumberAndACik(String sourceFile, String accession, String cik) {
        CoverFields path = EdgarPath.path(sourceFile);
        assertThat(path.source()).isEqualTo(FieldSource.PATH);
        assertThat(path.accession()).isEqualTo(accession);
        assertThat(path.cik()).isEqualTo(cik);
    }
}
