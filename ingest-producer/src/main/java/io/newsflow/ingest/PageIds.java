package io.newsflow.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the stable page id that keys a page on the raw-page topic.
 *
 * <p>Rules, first match wins:
 * <ol>
 *   <li><b>Edition in the file name.</b> The file name (extension dropped) holds a date token
 *       {@code yyyy-MM-dd}, {@code yyyy_MM_dd}, {@code yyyy.MM.dd} or {@code yyyyMMdd}, delimited by
 *       non-alphanumerics, followed by a page token: {@code p5}/{@code p05}/{@code page5} (page 5),
 *       a section letter plus number {@code A05} (section A, page 5) or a bare number {@code 05}. The text
 *       before the date, if any, is the publication code. Id: {@code [publication/]yyyy-MM-dd/label}
 *       where label is {@code p05} or, with a section, {@code A05} (number zero-padded to two digits).
 *       Examples: {@code 2025-07-03_p05.txt -> 2025-07-03/p05},
 *       {@code rmrb_20250703_A05_v2.txt -> rmrb/2025-07-03/A05}.</li>
 *   <li><b>Edition in the page header.</b> One of the first {@value #HEADER_LINES} non-blank lines of the
 *       text is a masthead holding both a full date {@code 2025年7月3日} and a page marker {@code 第5版}
 *       (or {@code 第A05版}). Id: {@code [publication/]yyyy-MM-dd/label} as above, the publication coming
 *       from the file name prefix only when the name has the form {@code code_...}; usually absent.</li>
 *   <li><b>File name.</b> Id: {@code file/} + the file name (with extension, without directories).</li>
 *   <li><b>Unnamed input</b> (stdin without {@code --stdin-name}): {@code stdin/} + the first 16 hex digits
 *       of the content SHA-256.</li>
 * </ol>
 *
 * <p>The id depends only on the file name (and, for rules 2 and 4, on the content), never on the
 * directory, the clock or the run, so it is stable across runs and machines. A new version of the same
 * page (same name, changed text) keeps its id; consumers tell versions apart by {@code content_sha256} in
 * the value. Pure function, thread-safe.
 */
public final class PageIds {

    /** How many non-blank lines at the top of a page are searched for a masthead. */
    public static final int HEADER_LINES = 5;

    private static final Pattern NAME_DATE = Pattern.compile(
            "(?<![A-Za-z0-9])((?:19|20)\\d{2})([-_.]?)(\\d{2})\\2(\\d{2})(?![A-Za-z0-9])");
    private static final Pattern PAGE_TOKEN = Pattern.compile(
            "(?i:p(?:age)?)0*(\\d{1,3})|([A-Z]{1,2})0*(\\d{1,3})|0*(\\d{1,3})");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[-_. ]+");
    private static final Pattern HEADER_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern HEADER_PAGE = Pattern.compile("第\\s*([A-Z]{0,2})\\s*0*(\\d{1,3})\\s*版");
    private static final Pattern PUBLICATION_PREFIX = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)_");

    private PageIds() {
    }

    /**
     * Derives the page id.
     *
     * @param fileName      the input's file name (directories are ignored), or null for unnamed input
     * @param content       the decoded page text, used for the masthead rule; may be null (rule skipped)
     * @param contentSha256 lower-case hex SHA-256 of the content, used for unnamed input
     */
    public static PageId derive(String fileName, String content, String contentSha256) {
        String name = fileName == null ? null : baseName(fileName);
        if (name != null && !name.isBlank()) {
            PageId fromName = fromFileName(name);
            if (fromName != null) {
                return fromName;
            }
            PageId fromHeader = content == null ? null : fromHeader(content, publicationPrefix(name));
            if (fromHeader != null) {
                return fromHeader;
            }
            return new PageId("file/" + name, null, null, null, PageId.Rule.FILE_NAME);
        }
        PageId fromHeader = content == null ? null : fromHeader(content, null);
        if (fromHeader != null) {
            return fromHeader;
        }
        if (contentSha256 == null || contentSha256.length() < 16) {
            throw new IllegalArgumentException("unnamed input needs a content hash to derive a page id");
        }
        return new PageId("stdin/" + contentSha256.substring(0, 16), null, null, null, PageId.Rule.CONTENT_HASH);
    }

    private static String baseName(String fileName) {
        String s = fileName.replace('\\', '/');
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }

    private static PageId fromFileName(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Matcher date = NAME_DATE.matcher(stem);
        while (date.find()) {
            LocalDate day = date(date.group(1), date.group(3), date.group(4));
            if (day == null) {
                continue;
            }
            String rest = stem.substring(date.end());
            for (String token : TOKEN_SPLIT.split(rest)) {
                if (token.isEmpty()) {
                    continue;
                }
                Matcher page = PAGE_TOKEN.matcher(token);
                if (!page.matches()) {
                    // Only the token right after the date may be the page; anything else (a version,
                    // a hash) means the name carries no page number.
                    break;
                }
                String section = page.group(2) == null ? null : page.group(2).toUpperCase(Locale.ROOT);
                String digits = page.group(1) != null ? page.group(1) : page.group(2) != null ? page.group(3) : page.group(4);
                int number = Integer.parseInt(digits);
                if (number < 1) {
                    break;
                }
                String publication = sanitize(stem.substring(0, date.start()));
                return edition(publication, day, section, number, PageId.Rule.FILE_NAME_EDITION);
            }
        }
        return null;
    }

    private static PageId fromHeader(String content, String publication) {
        int seen = 0;
        for (String line : content.split("\\R", 64)) {
            if (line.isBlank()) {
                continue;
            }
            if (++seen > HEADER_LINES) {
                break;
            }
            Matcher date = HEADER_DATE.matcher(line);
            Matcher page = HEADER_PAGE.matcher(line);
            if (date.find() && page.find()) {
                LocalDate day = date(date.group(1), date.group(2), date.group(3));
                int number = Integer.parseInt(page.group(2));
                if (day != null && number >= 1) {
                    String section = page.group(1).isEmpty() ? null : page.group(1);
                    return edition(publication, day, section, number, PageId.Rule.HEADER_EDITION);
                }
            }
        }
        return null;
    }

    private static PageId edition(String publication, LocalDate day, String section, int number, PageId.Rule rule) {
        String label = (section == null ? "p" : section) + String.format(Locale.ROOT, "%02d", number);
        String id = (publication == null ? "" : publication + "/") + day + "/" + label;
        return new PageId(id, publication, day, number, rule);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String publicationPrefix(String name) {
        Matcher m = PUBLICATION_PREFIX.matcher(name);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** Publication code: the name prefix without separators, lower-cased, restricted to a safe alphabet. */
    private static String sanitize(String prefix) {
        String s = prefix.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }
}
