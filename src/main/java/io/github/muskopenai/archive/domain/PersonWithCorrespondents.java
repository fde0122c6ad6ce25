package io.github.muskopenai.archive.domain;

import java.util.List;

import io.github.muskopenai.archive.domain.PersonRepository.Correspondent;

/** A person and everyone they exchanged messages with, busiest first. */
public record PersonWithCorrespondents(Person person, List<Correspondent> correspondents) {
}
