package org.redress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

    @Test
    void isTheNearestPomWithModulesUpwards(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project><modules><module>a</module></modules></project>");
        Path module = Files.createDirectories(dir.resolve("a/src/main"));
        Files.writeString(dir.resolve("a/pom.xml"), "<project><artifactId>a</artifactId></project>");

        assertThat(RepositoryRoot.findFrom(module)).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void isFoundFromThisModule() {
        assertThat(RepositoryRoot.findFrom(Path.of("")).resolve("deploy/local/pom.xml")).isRegularFile();
    }

    @Test
    void saysWhenThereIsNone(@TempDir Path dir) {
        assertThatThrownBy(() -> RepositoryRoot.findFrom(dir)).hasMessageContaining("<modules>");
    }
}
