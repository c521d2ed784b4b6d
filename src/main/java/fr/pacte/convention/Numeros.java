package fr.pacte.convention;

import java.util.Comparator;

/** Orders fiche numbers as people read them: 2 before 10, "FA9" before "FA15", "S-1" before "S-2". */
public final class Numeros {

    public static final Comparator<String> ORDRE_NATUREL = Numeros::comparer;

    private Numeros() {
    }

    static int comparer(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int fi = i;
                int fj = j;
                while (fi < a.length() && Character.isDigit(a.charAt(fi))) {
                    fi++;
                }
                while (fj < b.length() && Character.isDigit(b.charAt(fj))) {
                    fj++;
                }
                int cmp = new java.math.BigInteger(a.substring(i, fi)).compareTo(new java.math.BigInteger(b.substring(j, fj)));
                if (cmp != 0) {
                    return cmp;
                }
                i = fi;
                j = fj;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
