package org.migkb.ingest;

/** Event types as Event Viewer names them, from the numbers the various formats store. */
final class EventLevels {

    private EventLevels() {
    }

    /**
     * The name of a Windows event {@code Level} written as decimal digits; a number too big for
     * any level (a shifted column, a damaged file) is named as written rather than parsed.
     */
    static String ofLevel(String digits) {
        return digits.length() < 10 ? ofLevel(Integer.parseInt(digits)) : "Level " + digits;
    }

    /** The name of a Windows event {@code Level} (EVTX, {@code Get-WinEvent}). */
    static String ofLevel(int level) {
        return switch (level) {
            case 1 -> "Critical";
            case 2 -> "Error";
            case 3 -> "Warning";
            case 0, 4 -> "Information";
            case 5 -> "Verbose";
            default -> "Level " + level;
        };
    }

    /** The name of a classic {@code EventType} / {@code EntryType} (.evt, {@code Get-EventLog}). */
    static String ofClassicType(int type) {
        return switch (type) {
            case 1 -> "Error";
            case 2 -> "Warning";
            case 0, 4 -> "Information";
            case 8 -> "Audit Success";
            case 16 -> "Audit Failure";
            default -> "Type " + type;
        };
    }
}
