package org.salwmonitor.batch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox's folders and moves: what counts as new, and that nothing filed is overwritten. */
class InboxTest {

    @TempDir
    Path dir;

    @Test
    void newFilesAreCompleteTopLevelFilesOnly() throws IOException {
        // given
        Inbox inbox = Inbox.open(dir);
        Files.writeString(dir.resolve("kz-2024.csv"), "x");
        Files.writeString(dir.resolve(".hidden.csv"), "x");
        Files.writeString(dir.resolve("kg-2024.csv.part"), "x");
        Files.writeString(dir.resolve("tj-2024.csv.TMP"), "x");
        Files.createDirectories(dir.resolve("archive"));
        Files.writeString(dir.resolve("archive/old.csv"), "x");
        // when / then
        assertThat(inbox.newFiles()).containsExactly(dir.resolve("kz-2024.csv"));
        assertThat(dir.resolve(Inbox.WORKING)).isDirectory();
        assertThat(dir.resolve(Inbox.PROCESSED)).isDirectory();
        assertThat(dir.resolve(Inbox.REJECTED)).isDirectory();
        assertThat(dir.resolve(Inbox.RUNS)).isDirectory();
    }

    @Test
    void aFileFiledUnderATakenNameGetsANumberAndItsRejectsFileFollowsIt() throws IOException {
        // given: kz.csv was processed before, and a new kz.csv with a rejects file comes in
        Inbox inbox = Inbox.open(dir);
        Files.writeString(dir.resolve("processed/kz.csv"), "old");
        Path claimed = inbox.claim(Files.writeString(dir.resolve("kz.csv"), "new"));
        Path rejects = Files.writeString(Inbox.rejectsOf(claimed), "rejects");
        // when
        Path filed = inbox.file(claimed, rejects, Inbox.PROCESSED);
        // then
        assertThat(filed).isEqualTo(dir.resolve("processed/kz-2.csv")).hasContent("new");
        assertThat(dir.resolve("processed/kz-2.csv.rejects.csv")).hasContent("rejects");
        assertThat(dir.resolve("processed/kz.csv")).hasContent("old");
        assertThat(inbox.leftInWorking()).isEmpty();
    }

    @Test
    void aClaimNeverReplacesAFileLeftInWorking() throws IOException {
        // given
        Inbox inbox = Inbox.open(dir);
        Files.writeString(dir.resolve("working/kz.sdmx.csv"), "failed last night");
        // when
        Path claimed = inbox.claim(Files.writeString(dir.resolve("kz.sdmx.csv"), "new"));
        // then
        assertThat(claimed).isEqualTo(dir.resolve("working/kz-2.sdmx.csv"));
        assertThat(inbox.leftInWorking()).containsExactlyInAnyOrder(dir.resolve("working/kz.sdmx.csv"), claimed);
    }
}
