using System.Globalization;

namespace Claimgraph.Text;

/// <summary>
/// Unicode Normalization Form C, implemented in managed code from <see cref="NfcData"/>. The
/// project runs with invariant globalization, where <see cref="string.Normalize()"/> leaves
/// non-ASCII text unchanged, so the engine cannot rely on it.
/// </summary>
internal static class Nfc
{
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;

    private static readonly int[] ClassStarts;
    private static readonly int[] ClassEnds;
    private static readonly byte[] Classes;
    private static readonly Dictionary<int, (int First, int Second)> Decomposition = [];
    private static readonly Dictionary<long, int> Composition = [];

    // Code points that compose with the character before them (NFC_QC Maybe).
    private static readonly HashSet<int> ComposesBackward = [];

    // Code points that never stay as they are under NFC (NFC_QC No).
    private static readonly HashSet<int> Excluded = [];

    static Nfc()
    {
        var starts = new List<int>();
        var ends = new List<int>();
        var classes = new List<byte>();
        foreach (var entry in NfcData.CombiningClasses.Split(';'))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var range = entry[..colon];
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            starts.Add(Hex(dash < 0 ? range : range[..dash]));
            ends.Add(Hex(dash < 0 ? range : range[(dash + 1)..]));
            classes.Add(byte.Parse(entry[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture));
        }

        ClassStarts = [.. starts];
        ClassEnds = [.. ends];
        Classes = [.. classes];

        foreach (var raw in NfcData.Decompositions.Split(';'))
        {
            var excluded = raw[0] == '!';
            var entry = excluded ? raw[1..] : raw;
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var cp = Hex(entry[..colon]);
            var parts = entry[(colon + 1)..].Split(' ');
            var first = Hex(parts[0]);
            var second = parts.Length > 1 ? Hex(parts[1]) : -1;
            Decomposition[cp] = (first, second);
            if (excluded)
            {
                Excluded.Add(cp);
            }
            else
            {
                Composition[Key(first, second)] = cp;
                ComposesBackward.Add(second);
            }
        }
    }

    /// <summary>
    /// True when NFC never combines the code point with anything before it: a segment of text that
    /// NFC treats on its own starts here.
    /// </summary>
    public static bool StartsSegment(int cp)
    {
        if (cp < 0x300)
        {
            return true;
        }

        if (cp is >= VBase and < VBase + VCount or > TBase and < TBase + TCount)
        {
            return false;
        }

        if (CombiningClass(cp) != 0 || ComposesBackward.Contains(cp))
        {
            return false;
        }

        // A decomposition that starts with a non-starter ("non-starter decomposition").
        return !Excluded.Contains(cp) || StartsSegment(FirstOfDecomposition(cp));
    }

    private static int FirstOfDecomposition(int cp)
    {
        while (Decomposition.TryGetValue(cp, out var parts))
        {
            cp = parts.First;
        }

        return cp;
    }

    /// <summary>
    /// True when the code point neither changes under NFC nor combines with what comes before it,
    /// so that a text made only of such code points is in NFC and each of them starts a segment.
    /// </summary>
    public static bool IsStable(int cp)
    {
        if (cp < 0x300)
        {
            return true;
        }

        return StartsSegment(cp) && !Excluded.Contains(cp);
    }

    public static int CombiningClass(int cp)
    {
        if (cp < 0x300)
        {
            return 0;
        }

        var index = Array.BinarySearch(ClassStarts, cp);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && cp <= ClassEnds[index] ? Classes[index] : 0;
    }

    /// <summary>Replaces the code points in <paramref name="buffer"/> by their NFC.</summary>
    public static void Normalize(List<int> buffer)
    {
        var decomposed = new List<int>(buffer.Count + 4);
        foreach (var cp in buffer)
        {
            Decompose(cp, decomposed);
        }

        Reorder(decomposed);
        Compose(decomposed);
        buffer.Clear();
        buffer.AddRange(decomposed);
    }

    /// <summary>The NFC of a string (for tests and small inputs).</summary>
    public static string Normalize(string text)
    {
        var buffer = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // A lone surrogate stays as it is, as in NormalizedText.
            if (char.IsSurrogatePair(text, i))
            {
                buffer.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                buffer.Add(text[i]);
            }
        }

        Normalize(buffer);
        var builder = new System.Text.StringBuilder(buffer.Count);
        foreach (var cp in buffer)
        {
            if (cp < 0x10000)
            {
                builder.Append((char)cp);
            }
            else
            {
                builder.Append(char.ConvertFromUtf32(cp));
            }
        }

        return builder.ToString();
    }

    private static void Decompose(int cp, List<int> output)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var s = cp - SBase;
            output.Add(LBase + (s / NCount));
            output.Add(VBase + (s % NCount / TCount));
            if (s % TCount != 0)
            {
                output.Add(TBase + (s % TCount));
            }

            return;
        }

        if (cp >= 0xC0 && Decomposition.TryGetValue(cp, out var parts))
        {
            Decompose(parts.First, output);
            if (parts.Second >= 0)
            {
                Decompose(parts.Second, output);
            }

            return;
        }

        output.Add(cp);
    }

    // Canonical ordering: a stable sort by combining class of every run of non-starters. Short
    // runs (the usual case) by insertion, long ones (adversarial input) in O(k log k).
    private static void Reorder(List<int> cps)
    {
        var i = 0;
        while (i < cps.Count)
        {
            if (CombiningClass(cps[i]) == 0)
            {
                i++;
                continue;
            }

            var runEnd = i + 1;
            while (runEnd < cps.Count && CombiningClass(cps[runEnd]) != 0)
            {
                runEnd++;
            }

            if (runEnd - i <= 32)
            {
                InsertionSort(cps, i, runEnd);
            }
            else
            {
                var sorted = cps.GetRange(i, runEnd - i).OrderBy(CombiningClass).ToList();
                for (var k = 0; k < sorted.Count; k++)
                {
                    cps[i + k] = sorted[k];
                }
            }

            i = runEnd;
        }
    }

    private static void InsertionSort(List<int> cps, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            var cp = cps[i];
            var cc = CombiningClass(cp);
            var j = i;
            while (j > start && CombiningClass(cps[j - 1]) > cc)
            {
                cps[j] = cps[j - 1];
                j--;
            }

            cps[j] = cp;
        }
    }

    // The canonical composition algorithm of UAX #15.
    private static void Compose(List<int> cps)
    {
        if (cps.Count == 0)
        {
            return;
        }

        var starterPos = 0;
        var starter = cps[0];
        var lastClass = CombiningClass(starter);
        if (lastClass != 0)
        {
            lastClass = 256; // no starter yet: nothing composes with a leading non-starter
        }

        var write = 1;
        for (var read = 1; read < cps.Count; read++)
        {
            var cp = cps[read];
            var cc = CombiningClass(cp);
            var composite = lastClass == 256 ? -1 : ComposePair(starter, cp);
            if (composite >= 0 && (lastClass < cc || lastClass == 0))
            {
                cps[starterPos] = composite;
                starter = composite;
                continue;
            }

            if (cc == 0)
            {
                starterPos = write;
                starter = cp;
            }

            lastClass = cc;
            cps[write++] = cp;
        }

        cps.RemoveRange(write, cps.Count - write);
    }

    private static int ComposePair(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0
            && second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }

        return Composition.TryGetValue(Key(first, second), out var composite) ? composite : -1;
    }

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    private static int Hex(string s) => int.Parse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
