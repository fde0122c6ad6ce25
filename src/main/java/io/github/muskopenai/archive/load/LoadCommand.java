package io.github.muskopenai.archive.load;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LoadCommand {
    public int run(String... args) {
        System.err.println("TODO");
        return 2;
    }
}
