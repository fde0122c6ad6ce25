package io.github.muskopenai.archive.api;

import java.util.List;

/**
 * The 22 messages of the document, named by the line they start on: the "From:" header, or for a
 * reply known only as quoted its "On …, X wrote:" line. Read off the document with {@code cat -n};
 * the API reports this line as {@code source.firstLine}.
 */
final class MessageLines {

    static final int AI_DOCS_ELON = 41;
    static final int AI_DOCS_SAM_QUOTED = 48;
    static final int FOLLOWUP_ELON = 75;
    static final int FOLLOWUP_ILYA = 89;
    static final int BIWEEKLY_ILYA = 101;
    static final int BIWEEKLY_ELON_THANKS = 144;
    static final int BIWEEKLY_ELON_COMPUTE = 150;
    static final int BUSINESS_OF_AGI_ILYA = 157;
    static final int BEIJING_ELON = 209;
    static final int BEIJING_GREG = 216;
    static final int BEIJING_ELON_REPLY = 229;
    static final int TOMORROW_ELON = 239;
    static final int CURRENT_STATE_ELON = 259;
    static final int HONEST_ILYA = 303;
    static final int HONEST_ELON_FINAL_STRAW = 345;
    static final int HONEST_ELON_TO_BE_CLEAR = 355;
    static final int HONEST_SAM = 361;
    static final int TOP_AI_ELON = 380;
    static final int TOP_AI_GREG = 392;
    static final int UPDATE_ELON = 463;
    static final int UPDATE_SAM_QUOTED = 470;
    static final int REITERATE_ELON = 496;

    /** Every message, in document order (which is also the order of their dates, but for the quoted replies). */
    static final List<Integer> ALL = List.of(AI_DOCS_ELON, AI_DOCS_SAM_QUOTED, FOLLOWUP_ELON, FOLLOWUP_ILYA,
            BIWEEKLY_ILYA, BIWEEKLY_ELON_THANKS, BIWEEKLY_ELON_COMPUTE, BUSINESS_OF_AGI_ILYA, BEIJING_ELON, BEIJING_GREG,
            BEIJING_ELON_REPLY, TOMORROW_ELON, CURRENT_STATE_ELON, HONEST_ILYA, HONEST_ELON_FINAL_STRAW,
            HONEST_ELON_TO_BE_CLEAR, HONEST_SAM, TOP_AI_ELON, TOP_AI_GREG, UPDATE_ELON, UPDATE_SAM_QUOTED,
            REITERATE_ELON);

    /** The 13 "From: Elon Musk" lines. */
    static final List<Integer> FROM_ELON = List.of(AI_DOCS_ELON, FOLLOWUP_ELON, BIWEEKLY_ELON_THANKS,
            BIWEEKLY_ELON_COMPUTE, BEIJING_ELON, BEIJING_ELON_REPLY, TOMORROW_ELON, CURRENT_STATE_ELON,
            HONEST_ELON_FINAL_STRAW, HONEST_ELON_TO_BE_CLEAR, TOP_AI_ELON, UPDATE_ELON, REITERATE_ELON);

    /** The two "From: Greg Brockman" lines. */
    static final List<Integer> FROM_GREG = List.of(BEIJING_GREG, TOP_AI_GREG);

    /** Shivon Zilis is never a sender and never in To: only these Cc lines name her. */
    static final List<Integer> CC_SHIVON = List.of(TOMORROW_ELON, HONEST_ELON_FINAL_STRAW, HONEST_ELON_TO_BE_CLEAR,
            HONEST_SAM, TOP_AI_ELON, TOP_AI_GREG, REITERATE_ELON);

    private MessageLines() {
    }
}
