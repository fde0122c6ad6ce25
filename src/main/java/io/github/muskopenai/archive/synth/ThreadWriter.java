package io.github.muskopenai.archive.synth;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a thread in the source's layout:
 * <pre>
 * [### ]Subject #123
 * [3 emails]
 * [––––– Forwarded message –––––]
 * From: Name &lt;redacted&gt;
 * Date: Fri, Nov 20, 2015 at 12:29 PM
 * To: Name &lt;redacted&gt;, &lt;redacted&gt;
 * [Cc: …]
 * body
 *
 * On Nov 20, 2015, at 11:48 AM, Name &lt;redacted&gt; wrote:
 *
 * quoted body
 * (a blank line, or "===", then the next header block)
 * </pre>
 * It ends after the last body line; the caller writes what follows (a blank line, or {@code ===}
 * when narrative comes next, because without one the parser would read the narrative as body).
 */
final class ThreadWriter {

    static final String FORWARD_MARKER = "––––– Forwarded message –––––";

    private ThreadWriter() {
    }

    static void write(Writer out, SynthThread thread) throws IOException {
        line(out, (thread.heading() ? "### " : "") + thread.subject());
        if (thread.declareCount()) {
            int count = thread.messages().size();
            line(out, count + (count == 1 ? " email" : " emails"));
        }
        if (thread.forwarded()) {
            line(out, FORWARD_MARKER);
        }
        List<SynthMessage> messages = thread.messages();
        for (int i = 0; i < messages.size(); i++) {
            if (i > 0) {
                line(out, thread.fenceBefore().get(i) ? "===" : "");
            }
            message(out, messages.get(i));
        }
    }

    private static void message(Writer out, SynthMessage message) throws IOException {
        line(out, "From: " + message.from().address());
        line(out, "Date: " + message.style().header(message.sentAt()));
        line(out, "To: " + addresses(message.to()));
        if (!message.cc().isEmpty()) {
            line(out, "Cc: " + addresses(message.cc()));
        }
        if (message.leadingBlank()) {
            line(out, "");
        }
        line(out, message.body().text());
        SynthMessage.Quoted quoted = message.quoted();
        if (quoted != null) {
            line(out, "");
            line(out, "On " + DateStyle.quoteLine(quoted.sentAt()) + ", " + quoted.from().address() + " wrote:");
            line(out, "");
            line(out, quoted.body().text());
        }
    }

    private static String addresses(List<Address> addresses) {
        StringBuilder value = new StringBuilder();
        for (Address address : addresses) {
            if (!value.isEmpty()) {
                value.append(", ");
            }
            value.append(address.text());
        }
        return value.toString();
    }

    static void line(Writer out, String text) throws IOException {
        out.write(text);
        out.write('\n');
    }
}
