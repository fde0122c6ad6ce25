package io.github.muskopenai.archive.api.message;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.muskopenai.archive.domain.Message;
import io.github.muskopenai.archive.domain.PersonRepository;
import io.github.muskopenai.archive.domain.Recipient;

/** Turns message entities into DTOs, looking up the names of all their people in one query. */
@ApplicationScoped
public class MessageViews {

    @Inject
    PersonRepository people;

    public List<MessageDto> of(List<Message> messages) {
        Set<String> ids = new HashSet<>();
        for (Message m : messages) {
            if (m.senderId != null) {
                ids.add(m.senderId);
            }
            for (Recipient r : m.recipients) {
                if (r.personId != null) {
                    ids.add(r.personId);
                }
            }
        }
        Map<String, String> names = people.names(ids);
        return messages.stream().map(m -> MessageDto.from(m, names)).toList();
    }
}
