package org.redress.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Dockerfile read as instructions grouped into stages: just enough parsing for the checks in DockerfileTest. */
record DockerfileInstructions(List<Stage> stages) {

    record Instruction(String keyword, String arguments) {
    }

    record Stage(String image, String name, List<Instruction> instructions) {
        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }
    }

    static DockerfileInstructions read(Path dockerfile) throws IOException {
        return parse(Files.readAllLines(dockerfile));
    }

    static DockerfileInstructions parse(List<String> lines) {
        List<Stage> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (pending.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (line.startsWith("#")) {
                continue; // a comment inside a continued instruction
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            add(stages, pending.toString().strip());
            pending.setLength(0);
        }
        return new DockerfileInstructions(List.copyOf(stages));
    }

    private static void add(List<Stage> stages, String text) {
        String[] parts = text.split("\\s+", 2);
        Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
        if (instruction.keyword().equals("FROM")) {
            String[] from = instruction.arguments().split("\\s+");
            String name = from.length >= 3 && from[1].equalsIgnoreCase("AS") ? from[2] : null;
            stages.add(new Stage(from[0], name, new ArrayList<>()));
        } else if (stages.isEmpty() && instruction.keyword().equals("ARG")) {
            return; // global build arguments may precede the first FROM
        } else if (stages.isEmpty()) {
            throw new AssertionError("instruction before the first FROM: " + text);
        } else {
            stages.get(stages.size() - 1).instructions().add(instruction);
        }
    }

    Stage first() {
        return stages.get(0);
    }

    Stage last() {
        return stages.get(stages.size() - 1);
    }
}
