package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FileRangeTest {

    @Test
    void rangesAreContiguousNonEmptyAndCoverEveryItem() {
        for (int total = 0; total < 40; total++) {
            for (int parts = 1; parts < 12; parts++) {
                long[] weights = new long[total];
                for (int i = 0; i < total; i++) {
                    weights[i] = (i * 7919L) % 13 == 0 ? 1000 : 1 + i % 5;
                }
                List<FileRange> ranges = FileRange.split(weights, parts);
                assertThat(ranges).hasSize(Math.max(1, Math.min(parts, total)));
                int from = 0;
                for (FileRange r : ranges) {
                    assertThat(r.from()).isEqualTo(from);
                    assertThat(r.to()).isGreaterThanOrEqualTo(r.from() + (total == 0 ? 0 : 1));
                    assertThat(r.total()).isEqualTo(total);
                    from = r.to();
                }
                assertThat(from).isEqualTo(total);
            }
        }
    }

    @Test
    void rangesBalanceBytesNotCounts() {
        // a block of big files sorted together, as a real input's other forms are
        long[] weights = {1, 1, 1, 1, 1, 1, 1, 1, 100, 100, 1, 1, 1, 1, 1, 1, 1, 1};
        List<FileRange> ranges = FileRange.split(weights, 2);
        assertThat(ranges.get(0).to()).isEqualTo(9);
    }

    @Test
    void aRangeSurvivesItsLineForm() {
        FileRange range = new FileRange(3, 10, 20, 40);
        assertThat(FileRange.ofLine(range.toLine())).isEqualTo(range);
        assertThat(range.name()).isEqualTo("partition0003");
    }
}
