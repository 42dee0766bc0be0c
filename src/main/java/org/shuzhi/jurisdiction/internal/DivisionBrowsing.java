package org.shuzhi.jurisdiction.internal;

import java.util.List;
import java.util.Map;

import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.DivisionLevel;
import org.shuzhi.platform.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * What the REST API and the pages show of the tree, with their checks in one place: an unknown code is a 404
 * problem, a blank search or a limit outside 1–{@value #MAX_LIMIT} a 400 problem.
 */
@Component
class DivisionBrowsing {

    static final int MAX_LIMIT = 100;

    /** A division and how many direct children it has. */
    record Node(Division division, int childCount) {
    }

    /** A search result and its chain, province first, the result last. */
    record Found(Division division, List<Division> chain) {
    }

    private final JdbcJurisdictions jurisdictions;

    DivisionBrowsing(JdbcJurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    /** The division with this code, or a 404 problem. */
    Division require(String code) {
        return jurisdictions.find(code).orElseThrow(
                () -> ApiProblem.notFound("jurisdiction.not-found", code).with("divisionCode", code));
    }

    Node node(String code) {
        Division division = require(code);
        return new Node(division, childCount(division));
    }

    /** The children of {@code code} with their own child counts; the provinces for {@code null}. */
    List<Node> children(String code) {
        if (code != null) {
            require(code);
        }
        List<Division> children = jurisdictions.children(code);
        if (children.isEmpty() || children.get(0).level() == DivisionLevel.VILLAGE) {
            return children.stream().map(d -> new Node(d, 0)).toList();
        }
        Map<String, Integer> counts = jurisdictions.childCounts(children.stream().map(Division::code).toList());
        return children.stream().map(d -> new Node(d, counts.get(d.code()))).toList();
    }

    /** The chain from the province down to {@code code}, or a 404 problem. */
    List<Division> chain(String code) {
        List<Division> chain = jurisdictions.chain(code);
        if (chain.isEmpty()) {
            throw ApiProblem.notFound("jurisdiction.not-found", code).with("divisionCode", code);
        }
        return chain;
    }

    /** Divisions whose name contains {@code query}, provinces first, each with its chain. */
    List<Found> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            throw ApiProblem.badRequest("jurisdiction.search.blank-query");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.badRequest("jurisdiction.search.bad-limit", MAX_LIMIT, String.valueOf(limit))
                    .with("limit", limit);
        }
        List<Division> found = jurisdictions.search(query, limit);
        Map<String, List<Division>> chains = jurisdictions.chains(found);
        return found.stream().map(d -> new Found(d, chains.get(d.code()))).toList();
    }

    private int childCount(Division division) {
        if (division.level() == DivisionLevel.VILLAGE) {
            return 0;
        }
        return jurisdictions.childCounts(List.of(division.code())).get(division.code());
    }
}
