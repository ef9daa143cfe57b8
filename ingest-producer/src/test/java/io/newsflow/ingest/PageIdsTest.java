package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageIdsTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void dateAndPageInFileNameGiveEditionId() {
        PageId id = PageIds.derive("2025-07-03_p05.txt", "正文", SHA);
        assertEquals("2025-07-03/p05", id.id());
        assertEquals(LocalDate.of(2025, 7, 3), id.editionDate());
        assertEquals(5, id.pageNumber());
        assertNull(id.publication());
        assertEquals(PageId.Rule.FILE_NAME_EDITION, id.derivedFrom());
    }

    @Test
    void publicationPrefixCompactDateAndSectionPageAreKept() {
        PageId id = PageIds.derive("/feeds/in/RMRB_20250703_A05_v2.txt", null, SHA);
        assertEquals("rmrb/2025-07-03/A05", id.id());
        assertEquals("rmrb", id.publication());
        assertEquals(5, id.pageNumber());
    }

    @Test
    void pageSpellingsNormaliseToTheSameId() {
        assertEquals("2025-07-03/p05", PageIds.derive("2025-07-03_page5.txt", null, SHA).id());
        assertEquals("2025-07-03/p05", PageIds.derive("2025_07_03-05.txt", null, SHA).id());
        assertEquals("2025-07-03/p05", PageIds.derive("20250703_P005", null, SHA).id());
        assertEquals("2025-07-03/p12", PageIds.derive("2025.07.03.p12.txt", null, SHA).id());
    }

    @Test
    void directoryDoesNotChangeTheId() {
        assertEquals(PageIds.derive("a/b/2025-07-03_p05.txt", null, SHA).id(),
                PageIds.derive("c/2025-07-03_p05.txt", null, SHA).id());
        assertEquals("file/x.txt", PageIds.derive("c:\\feed\\x.txt", null, SHA).id());
    }

    @Test
    void invalidDateOrMissingPageFallsBackToFileName() {
        assertEquals("file/2025-13-40_p05.txt", PageIds.derive("2025-13-40_p05.txt", null, SHA).id());
        assertEquals("file/2025-07-03.txt", PageIds.derive("2025-07-03.txt", null, SHA).id());
        assertEquals("file/2025-07-03_final.txt", PageIds.derive("2025-07-03_final.txt", null, SHA).id());
        assertEquals("file/2025-07-03_p0.txt", PageIds.derive("2025-07-03_p0.txt", null, SHA).id());
    }

    @Test
    void digitsInsideAHashAreNotADate() {
        PageId id = PageIds.derive("000_a20250703b1.txt", null, SHA);
        assertEquals("file/000_a20250703b1.txt", id.id());
        assertEquals(PageId.Rule.FILE_NAME, id.derivedFrom());
        assertNull(id.editionDate());
        assertEquals("file/001_09068b1ba666a6a9.txt", PageIds.derive("001_09068b1ba666a6a9.txt", null, SHA).id());
    }

    @Test
    void mastheadInTheFirstLinesGivesEditionIdWhenTheNameHasNone() {
        String page = "\n\n2025年7月3日 星期四 第A5版\n要闻\n正文第一段。\n";
        PageId id = PageIds.derive("front.txt", page, SHA);
        assertEquals("2025-07-03/A05", id.id());
        assertEquals(PageId.Rule.HEADER_EDITION, id.derivedFrom());
        assertEquals("xhrb/2025-07-03/p02", PageIds.derive("xhrb_front.txt", "2025年7月3日 第2版", SHA).id());
        assertEquals("2025-07-03/p02", PageIds.derive(null, "2025年7月3日 第2版", SHA).id());
    }

    @Test
    void dateInTheBodyWithoutPageMarkerIsNotAMasthead() {
        String page = "标题\n本报讯 2025年7月3日，会议在京召开。\n";
        assertEquals("file/a.txt", PageIds.derive("a.txt", page, SHA).id());
        String late = "一\n二\n三\n四\n五\n六\n2025年7月3日 第2版\n";
        assertEquals("file/a.txt", PageIds.derive("a.txt", late, SHA).id());
    }

    @Test
    void fileNameRuleWinsOverMasthead() {
        assertEquals("2025-07-04/p01", PageIds.derive("2025-07-04_p01.txt", "2025年7月3日 第2版", SHA).id());
    }

    @Test
    void unnamedInputIsKeyedByContentHash() {
        PageId id = PageIds.derive(null, "正文", SHA);
        assertEquals("stdin/0123456789abcdef", id.id());
        assertEquals(PageId.Rule.CONTENT_HASH, id.derivedFrom());
    }

    @Test
    void sameInputGivesSameIdEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertEquals("rmrb/2025-07-03/A05", PageIds.derive("rmrb_20250703_A05.txt", "x", SHA).id());
        }
    }
}
