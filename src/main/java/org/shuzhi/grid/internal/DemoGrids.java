package org.shuzhi.grid.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.jurisdiction.Division;

/**
 * Deterministic demo grids for one township, shaped like 平望镇's: an irregular town outline of a given area
 * around a real location; a territory for each village (Lloyd-relaxed Voronoi cells of the outline); the
 * comprehensive grids as one Voronoi diagram of the outline whose sites are spread over the villages' territories
 * (each village gets grids in proportion to its area, at least one); 片区 as exact unions of whole villages' grids;
 * and an independent Voronoi layer of professional grids.
 *
 * <p>Everything is cut in a local metric plane on a centimetre precision model, so neighbours share exactly the
 * same vertices; the result is then mapped to lng/lat with one affine formula, which keeps shared vertices equal.
 * Every layer covers the outline without overlaps.
 */
final class DemoGrids {

    private static final PrecisionModel CENTIMETRES = new PrecisionModel(100);
    private static final GeometryFactory PLANE = new GeometryFactory(CENTIMETRES);
    private static final int RELAXATIONS = 4;
    /** Urban communities (社区) are densely populated: they get grids for this many times their area. */
    private static final double COMMUNITY_WEIGHT = 2.5;

    /** What to generate. {@code villages} are the township's children, each of which gets at least one grid. */
    record Plan(Division township, List<Division> villages, Coordinate centre, double squareKilometres, int areas,
            int comprehensive, int professional, int enterpriseCapacity, long seed) {
    }

    private final Plan plan;
    private final SplittableRandom random;

    private DemoGrids(Plan plan) {
        if (plan.villages().isEmpty() || plan.comprehensive() < plan.villages().size() || plan.areas() > plan.villages().size()) {
            throw new IllegalArgumentException("every village needs a grid and every 片区 a village: " + plan);
        }
        this.plan = plan;
        this.random = new SplittableRandom(plan.seed());
    }

    /** The grids of the plan: 片区 first, then comprehensive, then professional, each ordered by code. */
    static List<Grid> generate(Plan plan) {
        return new DemoGrids(plan).generate();
    }

    private List<Grid> generate() {
        Geometry outline = outline();
        // the territories nearest the centre are the town's urban communities, which the NBS numbers first (001…),
        // so territories ordered by distance pair with villages ordered by code
        List<Division> villages = plan.villages().stream().sorted(Comparator.comparing(Division::code)).toList();
        List<Geometry> territories = cells(outline, villages.size()).stream().sorted(Comparator.comparingDouble(
                (Geometry c) -> c.getCentroid().getCoordinate().distance(new Coordinate(0, 0)))).toList();
        VillageCells comprehensive = comprehensiveCells(outline, territories, gridsPerVillage(villages, territories));
        int[] areaOfVillage = areaOfVillage(outline, territories);

        List<Grid> grids = new ArrayList<>();
        String township = plan.township().code();
        List<String> areaCodes = new ArrayList<>();
        for (int a = 0; a < plan.areas(); a++) {
            int area = a;
            List<Geometry> members = comprehensive.cellsOf(v -> areaOfVillage[v] == area);
            if (members.isEmpty()) {
                throw new IllegalStateException("片区 " + (a + 1) + " got no village; the plan needs another seed");
            }
            areaCodes.add(GridType.AREA.code(township, a + 1));
            grids.add(grid(areaCodes.get(a), plan.township().name() + "第" + chineseNumber(a + 1) + "片区", GridType.AREA,
                    township, null, CoverageUnion.union(members.toArray(Geometry[]::new)), null));
        }
        for (int v = 0; v < villages.size(); v++) {
            int village = v;
            Division division = villages.get(v);
            List<Geometry> cells = northToSouth(comprehensive.cellsOf(owner -> owner == village));
            for (int g = 0; g < cells.size(); g++) {
                grids.add(grid(GridType.COMPREHENSIVE.code(division.code(), g + 1),
                        plan.township().name() + shortName(division.name()) + "第" + (g + 1) + "网格",
                        GridType.COMPREHENSIVE, division.code(), areaCodes.get(areaOfVillage[v]), cells.get(g), null));
            }
        }
        List<Geometry> professional = northToSouth(cells(outline, plan.professional()));
        for (int p = 0; p < professional.size(); p++) {
            // a plausible load: between about a third of the capacity and full
            int least = plan.enterpriseCapacity() * 35 / 100;
            int enterprises = least + random.nextInt(plan.enterpriseCapacity() - least + 1);
            grids.add(grid(GridType.PROFESSIONAL.code(township, GridType.PROFESSIONAL.firstSequence() + p),
                    plan.township().name() + "专业网格%02d".formatted(p + 1), GridType.PROFESSIONAL, township, null,
                    professional.get(p), enterprises));
        }
        return grids;
    }

    /**
     * The comprehensive grids: ONE Voronoi diagram of the whole outline, each village's sites spread over its
     * territory. Cutting every village separately would round the cut points on either side of a shared village
     * border differently and make neighbouring grids overlap by square metres.
     */
    private VillageCells comprehensiveCells(Geometry outline, List<Geometry> territories, int[] gridCounts) {
        List<Coordinate> sites = new ArrayList<>();
        List<Integer> villageOfCell = new ArrayList<>();
        for (int v = 0; v < territories.size(); v++) {
            Geometry territory = territories.get(v);
            List<Coordinate> spread = gridCounts[v] == 1 ? List.of(territory.getInteriorPoint().getCoordinate())
                    : Tessellation.relax(territory, Tessellation.randomPoints(territory, gridCounts[v], random),
                            RELAXATIONS, CENTIMETRES);
            sites.addAll(spread);
            villageOfCell.addAll(Collections.nCopies(spread.size(), v));
        }
        return new VillageCells(Tessellation.voronoi(outline, sites, 1, CENTIMETRES), villageOfCell);
    }

    /** Grid cells and the village (index) each belongs to. */
    private record VillageCells(List<Geometry> cells, List<Integer> villageOfCell) {

        List<Geometry> cellsOf(IntPredicate village) {
            return IntStream.range(0, cells.size()).filter(c -> village.test(villageOfCell.get(c))).mapToObj(cells::get).toList();
        }
    }

    /** 片区 group whole villages: each village goes to the 片区 territory its own territory's inside lies in. */
    private int[] areaOfVillage(Geometry outline, List<Geometry> territories) {
        List<Geometry> areaTerritories = northToSouth(cells(outline, plan.areas()));
        int[] areaOfVillage = new int[territories.size()];
        for (int v = 0; v < territories.size(); v++) {
            Point inside = territories.get(v).getInteriorPoint();
            areaOfVillage[v] = IntStream.range(0, plan.areas()).filter(a -> areaTerritories.get(a).covers(inside))
                    .findFirst().orElseThrow();
        }
        return areaOfVillage;
    }

    /** A star-shaped outline with a few low harmonics — irregular, but without deep bays — scaled to the area. */
    private Geometry outline() {
        double[] amplitude = {0.10, 0.07, 0.04};
        int[] harmonic = {2, 3, 5};
        double[] phase = {random.nextDouble(2 * Math.PI), random.nextDouble(2 * Math.PI), random.nextDouble(2 * Math.PI)};
        int vertices = 96;
        double[] radii = new double[vertices];
        double unitArea = 0;
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            radii[i] = 1 + 0.015 * (random.nextDouble() - 0.5);
            for (int h = 0; h < harmonic.length; h++) {
                radii[i] += amplitude[h] * Math.sin(harmonic[h] * angle + phase[h]);
            }
        }
        for (int i = 0; i < vertices; i++) {
            // area of the triangle centre → vertex i → vertex i + 1
            unitArea += 0.5 * radii[i] * radii[(i + 1) % vertices] * Math.sin(2 * Math.PI / vertices);
        }
        double scale = Math.sqrt(plan.squareKilometres() * 1e6 / unitArea);
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            ring[i] = new Coordinate(CENTIMETRES.makePrecise(radii[i] * scale * Math.cos(angle)),
                    CENTIMETRES.makePrecise(radii[i] * scale * Math.sin(angle)));
        }
        ring[vertices] = ring[0].copy();
        return PLANE.createPolygon(ring);
    }

    private List<Geometry> cells(Geometry region, int count) {
        if (count == 1) {
            return List.of(region);
        }
        return Tessellation.voronoi(region, Tessellation.randomPoints(region, count, random), RELAXATIONS, CENTIMETRES);
    }

    /** One grid each, the rest by area (communities weighted up), largest remainders first. */
    private int[] gridsPerVillage(List<Division> villages, List<Geometry> cells) {
        double[] weights = new double[villages.size()];
        for (int v = 0; v < weights.length; v++) {
            weights[v] = cells.get(v).getArea() * (villages.get(v).name().contains("社区") ? COMMUNITY_WEIGHT : 1);
        }
        double total = Arrays.stream(weights).sum();
        int spare = plan.comprehensive() - villages.size();
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int v = 0; v < weights.length; v++) {
            double share = spare * weights[v] / total;
            counts[v] = 1 + (int) share;
            remainders[v] = share - (int) share;
            given += (int) share;
        }
        Integer[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble((Integer v) -> -remainders[v]).thenComparing(v -> v)).toArray(Integer[]::new);
        for (int i = 0; i < spare - given; i++) {
            counts[order[i]]++;
        }
        return counts;
    }

    /** Numbered like a map is read: north to south in bands, west to east within a band. */
    private static List<Geometry> northToSouth(List<Geometry> cells) {
        double band = 1500;
        return cells.stream().sorted(Comparator
                .comparingDouble((Geometry c) -> -Math.floor(c.getCentroid().getY() / band))
                .thenComparingDouble(c -> c.getCentroid().getX())).toList();
    }

    private Grid grid(String code, String name, GridType type, String region, String areaCode, Geometry plane, Integer enterprises) {
        Geometry polygon = Ground.fromLocalPlane(plane, plan.centre());
        return new Grid(code, name, type, region, areaCode, polygon, Ground.squareMetres(polygon), enterprises,
                enterprises == null ? null : plan.enterpriseCapacity());
    }

    /**
     * 西塘社区居委会 → 西塘社区, 群星村委会 and 群星村村民委员会 → 群星村: the committee (委员会) is not part of the
     * place's name.
     */
    static String shortName(String villageName) {
        for (String committee : List.of("村民委员会", "村委会")) {
            if (villageName.endsWith(committee)) {
                String place = villageName.substring(0, villageName.length() - committee.length());
                return place.endsWith("村") ? place : place + "村";
            }
        }
        for (String committee : List.of("居民委员会", "居委会")) {
            if (villageName.endsWith(committee)) {
                return villageName.substring(0, villageName.length() - committee.length());
            }
        }
        return villageName;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (1…99). */
    static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10)) : "") + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
    }
}
