package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's own annotated pages through {@code process}, scored with {@code <shared>/tools/eval_split.py} against
 * their gold: {@code testdata/pages} (twelve pages written for the project by writers who did not see the seeds, in
 * three styles: double-spaced print, single-spaced print, markdown and web feeds), {@code testdata/heldout} (eight
 * more, held out while the rules were written), {@code testdata/heldout2} (twelve more by three other writers,
 * measured first on rules that had not seen them), {@code testdata/heldout3} and {@code testdata/heldout4} (eight
 * more each, by two others each), {@code testdata/heldout5} and {@code testdata/heldout6} (sixteen more each, by two
 * others each), {@code testdata/heldout7} to {@code testdata/heldout27} (twelve more each, by two others
 * each). The floors are below the scores measured (see the README) and catch a rule that
 * breaks these layouts. Skipped when the evaluator (beside the repo) is absent.
 */
class TeamPagesQualityIT {

    @TempDir
    Path tmp;

    @Test
    void teamPagesSplitLikeTheirGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "pages"), 12);
        assertFloors(scores, new Floors(0.94, 1, 46, 30, 0));
        assertTrue(scores.agreement().bylines() >= 48 && scores.agreement().kinds() >= 42, scores.agreement().toString());
    }

    /** The pages held out while the rules were written (testdata/heldout): floors under the scores measured. */
    @Test
    void heldOutPagesSplitLikeTheirGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout"), 8);
        assertFloors(scores, new Floors(0.97, 2, 41, 26, 0));
    }

    /**
     * The second held-out set (testdata/heldout2: print, wire, opinion, service, web and markdown pages by three more
     * writers): floors under the scores measured after the rules written from its first measurement.
     */
    @Test
    void secondHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout2"), 12);
        assertFloors(scores, new Floors(0.95, 2, 37, 28, 0));
    }

    /** The third held-out set (testdata/heldout3: a national daily, an evening paper, wire and county pages). */
    @Test
    void thirdHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout3"), 8);
        assertFloors(scores, new Floors(0.95, 2, 34, 22, 0));
    }

    /** The fourth held-out set (testdata/heldout4: party daily, picture, listing pages, a wire dump, a digest). */
    @Test
    void fourthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout4"), 8);
        assertFloors(scores, new Floors(0.96, 2, 31, 29, 0));
    }

    /**
     * The fifth held-out set (testdata/heldout5: sports, economy, health, county, web, markdown, literary and wire pages;
     * an evening paper, a farm page with run-in briefs, opinion, law, finance, travel, education pages and a feed).
     */
    @Test
    void fifthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout5"), 16);
        // one leak allowed since 24fe5eb: e1's writer, alone of eight, lists a round's results as furniture
        assertFloors(scores, new Floors(0.96, 2, 62, 59, 1));
    }

    /**
     * The sixth held-out set (testdata/heldout6: front, technology, shifted-font, double-spaced, markdown, feature,
     * service and app pages; party daily, wire, law, evening, finance, education, web-dump and county pages).
     */
    @Test
    void sixthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout6"), 16);
        assertFloors(scores, new Floors(0.96, 5, 68, 57, 0));
    }

    /**
     * The seventh held-out set (testdata/heldout7: 要闻, rural, culture, wire, feed and shifted-font pages; evening,
     * health, economy, sports-feed, county-front and science pages). Its page i4 once hung the dateline pattern: the
     * whole set finishing is part of what this checks.
     */
    @Test
    void seventhHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout7"), 12);
        assertFloors(scores, new Floors(0.94, 10, 50, 46, 0));
    }

    /**
     * The eighth held-out set (testdata/heldout8: wire, law, education, literary, opinion and county service pages; a
     * markdown feed, an evening front page, an interview, sports, travel and business pages).
     */
    @Test
    void eighthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout8"), 12);
        assertFloors(scores, new Floors(0.92, 7, 51, 46, 0));
    }

    /**
     * The ninth held-out set (testdata/heldout9: 要闻, farm, evening, app-feed, health and finance pages; a national
     * page, a CMS export, a county front page, culture, sports-feed and education pages).
     */
    @Test
    void ninthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout9"), 12);
        assertFloors(scores, new Floors(0.95, 8, 54, 45, 0));
    }

    /**
     * The tenth held-out set (testdata/heldout10: city, law, wire, site-feed, county-feature and economy pages; an
     * evening front page, tech, culture, a wire dump, health and sports pages).
     */
    @Test
    void tenthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout10"), 12);
        assertFloors(scores, new Floors(0.94, 9, 49, 47, 0));
    }

    /**
     * The eleventh held-out set (testdata/heldout11: layouts chosen by its writers: 要闻, farm, evening, web-feed,
     * profile, culture-and-sports pages; economy, education, wire-roundup, opinion, technology and front pages).
     */
    @Test
    void eleventhHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout11"), 12);
        assertFloors(scores, new Floors(0.92, 4, 55, 45, 0));
    }

    /**
     * The twelfth held-out set (testdata/heldout12: layouts chosen by its writers: 要闻, 三农, 法治, 副刊, 财经 and
     * county front pages; an app feed, evening, sports, health, international wire and education pages).
     */
    @Test
    void twelfthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout12"), 12);
        assertFloors(scores, new Floors(0.93, 6, 59, 46, 0));
    }

    /**
     * The thirteenth held-out set (testdata/heldout13: themes given, layouts chosen by its writers: opinion, profile,
     * books, consumer-complaint, two-column technology and web-portal pages; a county media centre's front page,
     * ecology, party-building, double-spaced transport, international wire and evening-app-feed pages).
     */
    @Test
    void thirteenthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout13"), 12);
        assertFloors(scores, new Floors(0.91, 5, 38, 28, 1));
    }

    /**
     * The fourteenth held-out set (testdata/heldout14: themes given, layouts chosen by its writers: 要闻, culture and
     * travel, double-spaced rural, sports, law and markdown-export pages; economy, double-spaced education, evening
     * 民生, health, domestic wire and literary-supplement pages).
     */
    @Test
    void fourteenthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout14"), 12);
        assertFloors(scores, new Floors(0.88, 22, 40, 30, 2));
    }

    /**
     * The fifteenth held-out set (testdata/heldout15: themes given, layouts chosen by its writers: politics,
     * double-spaced urban-construction, finance, world wire, science-and-education and app-export pages; county,
     * double-spaced health, culture feed, evening 民生, 三农 and defence pages).
     */
    @Test
    void fifteenthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout15"), 12);
        assertFloors(scores, new Floors(0.89, 18, 39, 27, 1));
    }

    /**
     * The sixteenth held-out set (testdata/heldout16: themes given, layouts chosen by its writers: evening 要闻,
     * double-spaced rural, law, sports, education and browser-copy pages; economy, double-spaced society, two-column
     * technology, world wire, culture and app-feed pages).
     */
    @Test
    void sixteenthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout16"), 12);
        assertFloors(scores, new Floors(0.92, 15, 46, 31, 0));
    }

    /**
     * The seventeenth held-out set (testdata/heldout17: themes given, layouts chosen by its writers: front, double-spaced
     * 民生, finance, sports, literary-supplement and app-export pages; county 要闻, double-spaced technology, law, wire,
     * services and evening-feed pages).
     */
    @Test
    void seventeenthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout17"), 12);
        assertFloors(scores, new Floors(0.92, 17, 43, 28, 3));
    }

    /**
     * The eighteenth held-out set (testdata/heldout18: themes given, layouts chosen by its writers: 要闻, double-spaced
     * city, farm in the shifted font, health, wire and portal pages; county front, double-spaced finance, sports and
     * culture, education, law and app-feed pages).
     */
    @Test
    void eighteenthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout18"), 12);
        assertFloors(scores, new Floors(0.88, 3, 37, 40, 1));
    }

    /**
     * The nineteenth held-out set (testdata/heldout19: themes given, layouts chosen by its writers: technology, a web
     * feed's travel channel, double-spaced transport, ecology, county community and double-spaced books pages;
     * sports, double-spaced property, flood-season, profile, car-fair and web-portal pages).
     */
    @Test
    void nineteenthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout19"), 12);
        assertFloors(scores, new Floors(0.87, 12, 38, 33, 2));
    }

    /**
     * The twentieth held-out set (testdata/heldout20: themes given, layouts chosen by its writers: party-daily front,
     * double-spaced international, law, farm, education and app-export pages; health weekly, double-spaced finance,
     * heritage, city, emergency and county-website pages).
     */
    @Test
    void twentiethHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout20"), 12);
        assertFloors(scores, new Floors(0.89, 5, 42, 36, 1));
    }

    /**
     * The twenty-first held-out set (testdata/heldout21: themes given, layouts chosen by its writers: city 要闻,
     * double-spaced science, evening 社会, weekend travel, port and news-site pages; double-spaced county front,
     * energy, elderly weekly, opinion, sports and WeChat-article pages).
     */
    @Test
    void twentyFirstHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout21"), 12);
        assertFloors(scores, new Floors(0.91, 3, 42, 38, 2));
    }

    /**
     * The twenty-second held-out set (testdata/heldout22: themes given, layouts chosen by its writers: national 要闻,
     * double-spaced industry, rural, evening culture, charity and county-portal pages; market, double-spaced county
     * health, overseas feed, two-column campus, railway and readers'-letters pages).
     */
    @Test
    void twentySecondHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout22"), 12);
        assertFloors(scores, new Floors(0.90, 7, 42, 34, 2));
    }

    /**
     * The twenty-third held-out set (testdata/heldout23: themes given, layouts chosen by its writers: city front,
     * double-spaced finance, ecology, evening community, calligraphy and TV-website pages; technology, double-spaced
     * border-region, safety feed, county festival, narrow wire and layout-system 副刊 pages).
     */
    @Test
    void twentyThirdHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout23"), 12);
        assertFloors(scores, new Floors(0.87, 10, 36, 27, 2));
    }

    /**
     * The twenty-fourth held-out set (testdata/heldout24: themes given, layouts chosen by its writers: double-spaced
     * economy, narrow civility, health and insurance, double-spaced farm technology, cross-strait and app-feed pages;
     * double-spaced youth, water, family feed, interleaved police, e-commerce and double-spaced food pages).
     */
    @Test
    void twentyFourthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout24"), 12);
        assertFloors(scores, new Floors(0.90, 3, 38, 31, 1));
    }

    /**
     * The twenty-fifth held-out set (testdata/heldout25: themes given, layouts chosen by its writers: port front page,
     * double-spaced weather, heritage, winter-sports, elder-care and admissions-feed pages; archaeology with a sidebar,
     * digital government, letter-spaced night life, double-spaced fishery, railway and law-desk feed pages).
     */
    @Test
    void twentyFifthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout25"), 12);
        assertFloors(scores, new Floors(0.90, 11, 48, 31, 2));
    }

    /**
     * The twenty-sixth held-out set (testdata/heldout26: themes given, layouts chosen by its writers: innovation front
     * page, rural electric cars, traditional medicine, double-spaced harvest, wire and finance-feed pages; education,
     * urban renewal, double-spaced wetland, supplement feed, market and city-news pages).
     */
    @Test
    void twentySixthHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout26"), 12);
        assertFloors(scores, new Floors(0.90, 8, 43, 30, 6));
    }

    /**
     * The twenty-seventh held-out set (testdata/heldout27: themes given, layouts chosen by its writers: space science,
     * double-spaced rural tourism, fire safety, memorial, car-consumer feed and provincial front pages; defence,
     * reading, consumer rights, housing, double-spaced college and weekend-feed pages).
     */
    @Test
    void twentySeventhHeldOutSetSplitsLikeItsGold() throws Exception {
        Scores scores = score(Path.of("..", "testdata", "heldout27"), 12);
        assertFloors(scores, new Floors(0.88, 6, 34, 29, 3));
    }

    private record Scores(String report, EvalSplit.Summary summary, EvalSplit.Agreement agreement) {
    }

    /** Floors under a set's measured scores: B3 F1, probes missed at most, whole items, exact titles, leaks at most. */
    private record Floors(double b3, int probesMissed, int whole, int titles, int leaks) {
    }

    private static void assertFloors(Scores scores, Floors floors) {
        EvalSplit.Summary summary = scores.summary();
        assertTrue(summary.b3() >= floors.b3(), scores.report());
        assertTrue(summary.found() >= summary.probes() - floors.probesMissed(), scores.report());
        assertTrue(summary.whole() >= floors.whole(), scores.report());
        assertTrue(summary.titles() >= floors.titles(), scores.report());
        assertTrue(summary.leaks() <= floors.leaks(), scores.report());
    }

    private Scores score(Path dir, int pageCount) throws Exception {
        Path tool = Path.of(System.getProperty("newsflow.shared", "../shared")).resolve("tools/eval_split.py");
        assumeTrue(Files.isRegularFile(tool), "skipped: " + tool + " not found (the evaluator lives beside the repo)");
        List<Path> pages;
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.toString().endsWith(".txt.json")).sorted().toList();
        }
        assertEquals(pageCount, pages.size(), "pages in " + dir.toAbsolutePath());
        assertEquals(pages.size(), golds.size(), "a gold file per page");

        byte[] out = EvalSplit.process(pages.stream().map(Path::toString).toList());
        Path predictions = Files.write(tmp.resolve(dir.getFileName() + ".jsonl"), out);
        String report = EvalSplit.report(tool, golds.stream().map(Path::toString).toList(), predictions);
        List<JsonNode> items = EvalSplit.items(out);
        EvalSplit.Agreement agreement = EvalSplit.agreement(golds, items);
        System.out.println(dir.getFileName() + ":\n" + report + "\n" + agreement);
        return new Scores(report, EvalSplit.summary(report), agreement);
    }
}
