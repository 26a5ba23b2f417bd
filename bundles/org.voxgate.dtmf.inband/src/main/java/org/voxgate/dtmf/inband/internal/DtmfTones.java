package org.voxgate.dtmf.inband.internal;

/**
 * The DTMF keypad (ITU-T Q.23): each key is one low-group ("row") tone plus one high-group ("column") tone.
 * <pre>
 *          1209 1336 1477 1633 Hz
 *   697 Hz   1    2    3    A
 *   770 Hz   4    5    6    B
 *   852 Hz   7    8    9    C
 *   941 Hz   *    0    #    D
 * </pre>
 */
final class DtmfTones {
    static final int SAMPLE_RATE = 8000;
    static final double[] ROWS = {697, 770, 852, 941};
    static final double[] COLUMNS = {1209, 1336, 1477, 1633};
    private static final String[] KEYPAD = {"123A", "456B", "789C", "*0#D"};

    private DtmfTones() {}

    /** The key of a row and column index. */
    static char key(int row, int column) {
        return KEYPAD[row].charAt(column);
    }

    /** Row index of a key (0-3), -1 for a character that is no key. */
    static int row(char key) {
        for (int r = 0; r < KEYPAD.length; r++) {
            if (KEYPAD[r].indexOf(Character.toUpperCase(key)) >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** Column index of a key (0-3), -1 for a character that is no key. */
    static int column(char key) {
        int r = row(key);
        return r < 0 ? -1 : KEYPAD[r].indexOf(Character.toUpperCase(key));
    }
}
