package org.newsgraph.server;

/**
 * The frame shared by every HTML page: document head, links to the static style sheet and script
 * (never inline: the Content-Security-Policy forbids it), and the site header.
 */
final class PageLayout {
    static final String STYLESHEET = "/static/newsgraph.css";
    static final String SCRIPT = "/static/newsgraph.js";
    static final String ICON = "/static/favicon.svg";

    private PageLayout() {}

    /**
     * A whole page.
     *
     * @param title    plain text for the window title (escaped here)
     * @param mainHtml the page's markup, built by a page class that has already escaped its text
     */
    static String page(String title, String mainHtml) {
        return "<!DOCTYPE html>\n"
                + "<html lang=\"en\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " · Newsgraph</title>\n"
                + "<link rel=\"icon\" href=\"" + ICON + "\" type=\"image/svg+xml\">\n"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n"
                + "<script src=\"" + SCRIPT + "\" defer></script>\n"
                + "</head>\n"
                + "<body>\n"
                + "<header class=\"site-header\"><a class=\"brand\" href=\"/\">Newsgraph</a></header>\n"
                + "<main class=\"site-main\">\n" + mainHtml + "</main>\n"
                + "</body>\n"
                + "</html>\n";
    }

    /** The page for an error; the message is plain text and is escaped here. */
    static String errorPage(int status, String message) {
        return page("Error " + status, "<section class=\"error\">\n<h1>Error " + status + "</h1>\n<p>"
                + Html.escape(message) + "</p>\n<p><a href=\"/\">Back to the list of articles</a></p>\n</section>\n");
    }
}
