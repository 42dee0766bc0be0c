package org.shuzhi.event;

import java.util.List;
import java.util.Optional;

/** The event category catalogue, held in memory (it is small and read on every report). */
public interface EventCategories {

    /** Every category, ordered by code (parents before their children). */
    List<Category> all();

    /** The category with this code. */
    Optional<Category> find(String code);
}
