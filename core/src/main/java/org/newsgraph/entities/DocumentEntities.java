package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.Sentence;

/** The entities of one document and all their mentions in text order, with the lookups coders need. */
public final class DocumentEntities {
    private final List<Entity> entities;
    private final List<EntityMention> mentions;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, GivenNames.Gender> genders;

    public DocumentEntities(List<Entity> entities, List<EntityMention> mentions) {
        this(entities, mentions, Map.of());
    }

    DocumentEntities(List<Entity> entities, List<EntityMention> mentions, Map<String, GivenNames.Gender> genders) {
        this.genders = Map.copyOf(genders);
        this.entities = List.copyOf(entities);
        List<EntityMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(EntityMention::firstToken).thenComparingInt(m -> -m.endToken()));
        this.mentions = List.copyOf(sorted);
        entities.forEach(e -> byId.put(e.id(), e));
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<EntityMention> mentions() {
        return mentions;
    }

    public Entity entity(String id) {
        return byId.get(id);
    }

    /** The gender the person's names mark, or null where nothing tells. */
    GivenNames.Gender genderOf(String entityId) {
        return genders.get(entityId);
    }

    public EntityType typeOf(EntityMention m) {
        return byId.get(m.entity()).type();
    }

    /** Mentions wholly inside the sentence, in text order. */
    public List<EntityMention> in(Sentence s) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (s.containsToken(m.firstToken()) && m.endToken() <= s.endToken()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The outermost mention covering a token, or null. */
    public EntityMention at(int token) {
        EntityMention best = null;
        for (EntityMention m : mentions) {
            if (m.coversToken(token) && (best == null || m.endToken() - m.firstToken() > best.endToken() - best.firstToken())) {
                best = m;
            }
        }
        return best;
    }
}
