using System.Text;

namespace Claimgraph.Text;

/// <summary>
/// A document's text as read (<see cref="Original"/>) and the form the pipeline works on
/// (<see cref="Text"/>): Unicode NFC, typographic quotes and dashes folded to ASCII, no-break and
/// other exotic spaces turned into plain spaces, the ellipsis character spelled "...", soft hyphens,
/// zero-width and bidi control characters removed, CR LF (and other line separators) turned into
/// LF. Offsets in <see cref="Text"/> map back to <see cref="Original"/> so that evidence spans
/// always point into the text as read.
/// </summary>
/// <remarks>
/// Every character of <see cref="Text"/> comes from a range of <see cref="Original"/>: itself when
/// it was kept or folded one to one, the whole CR LF pair for its LF, the whole ellipsis for each of
/// its three periods, and the whole sequence (base character, combining marks and anything removed
/// between them) when NFC composed or reordered it. Removed characters between such ranges belong
/// to no character of <see cref="Text"/>; a span maps to the range from the start of its first
/// character to the end of its last one, so a span that covers a whole word also covers a soft
/// hyphen inside it, but not one right before or after it.
/// </remarks>
public sealed class NormalizedText
{
    // _starts[i] = offset in Original where the range of Text[i] starts; _starts[Text.Length] =
    // Original.Length. _ends[i] = offset in Original where that range ends. Both are null when
    // each character of Text comes from the character of Original at the same offset.
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    private NormalizedText(string original, string text, int[]? starts, int[]? ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>True when <see cref="Text"/> is <see cref="Original"/> unchanged (no offset map).</summary>
    public bool IsIdentity => ReferenceEquals(Text, Original);

    /// <summary>
    /// The offset in <see cref="Original"/> where the character at <paramref name="index"/> of
    /// <see cref="Text"/> starts; <see cref="Text"/>'s length maps to <see cref="Original"/>'s.
    /// Out-of-range indexes are clamped. Monotonic: a larger index never maps to a smaller offset.
    /// </summary>
    public int ToOriginal(int index) =>
        _starts is null ? Math.Clamp(index, 0, Original.Length) : _starts[Math.Clamp(index, 0, _starts.Length - 1)];

    /// <summary>
    /// The offset in <see cref="Original"/> right after the character before <paramref name="end"/>
    /// of <see cref="Text"/>: where a span of <see cref="Text"/> that ends at <paramref name="end"/>
    /// ends in <see cref="Original"/>. Out-of-range values are clamped; 0 maps to where the first
    /// character starts.
    /// </summary>
    public int ToOriginalEnd(int end)
    {
        if (_starts is null || _ends is null)
        {
            return Math.Clamp(end, 0, Original.Length);
        }

        end = Math.Clamp(end, 0, Text.Length);
        return end == 0 ? _starts[0] : _ends[end - 1];
    }

    /// <summary>
    /// The span of <see cref="Original"/> that a span of <see cref="Text"/> was made from. An empty
    /// span maps to an empty span at <see cref="ToOriginal(int)"/> of its start.
    /// </summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        var start = ToOriginal(span.Start);
        if (span.Length <= 0)
        {
            return new TextSpan(start, start);
        }

        return new TextSpan(start, Math.Max(start, ToOriginalEnd(span.End)));
    }

    /// <summary>The text as read that a span of <see cref="Text"/> was made from.</summary>
    public string OriginalOf(TextSpan span) => ToOriginal(span).Of(Original);

    /// <summary>Normalizes a text. O(n) in its length.</summary>
    public static NormalizedText From(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        switch (WorkFor(original))
        {
            case Work.None:
                return new NormalizedText(original, original, null, null);
            case Work.OneToOne:
                // Only characters folded one to one (quotes, dashes, spaces): offsets stay as they are.
                // Copied whole, then only the few characters that fold are rewritten, each found by a vectorized search.
                return new NormalizedText(original, string.Create(original.Length, original, static (span, source) =>
                {
                    source.AsSpan().CopyTo(span);
                    for (var k = span.IndexOfAny(Folded); k >= 0;)
                    {
                        span[k] = Fold(span[k]);
                        var next = span[(k + 1)..].IndexOfAny(Folded);
                        k = next < 0 ? -1 : k + 1 + next;
                    }
                }), null, null);
        }

        var builder = new Builder(original.Length);
        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            if (c == '\r')
            {
                var end = i + 1 < original.Length && original[i + 1] == '\n' ? i + 2 : i + 1;
                builder.AddStarter('\n', i, end);
                i = end;
                continue;
            }

            if (c == '\u2026')
            {
                builder.AddExpansion("...", i, i + 1);
                i++;
                continue;
            }

            if (char.IsSurrogatePair(original, i))
            {
                builder.AddCodePoint(char.ConvertToUtf32(c, original[i + 1]), i, i + 2);
                i += 2;
                continue;
            }

            var folded = Fold(c);
            if (folded != '\0')
            {
                builder.AddCodePoint(folded, i, i + 1);
            }

            i++;
        }

        var (text, starts, ends) = builder.Finish(original.Length);
        return string.Equals(text, original, StringComparison.Ordinal)
            ? new NormalizedText(original, original, null, null)
            : new NormalizedText(original, text, starts, ends);
    }

    /// <summary>What normalizing a text takes.</summary>
    private enum Work
    {
        /// <summary>The text is normalized already.</summary>
        None,

        /// <summary>Characters folded one to one, nothing dropped, expanded or composed.</summary>
        OneToOne,

        /// <summary>Anything else: the builder with its offset map.</summary>
        Full,
    }

    // The characters below U+0300 (which NFC leaves as they are) that need work: a carriage return
    // and those that fold. Every other character below U+0300 is passed over by a vectorized search.
    private static readonly System.Buffers.SearchValues<char> LowWork = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x300).Select(code => (char)code).Where(c => c == '\r' || Fold(c) != c)]);

    private static Work WorkFor(string text)
    {
        var work = Work.None;
        // The next character of each kind that may need work, as absolute positions (text.Length: none),
        // each searched again only once passed: a text of Cyrillic stops at every character.
        var (low, high) = (-1, -1);
        for (var i = 0; i < text.Length; i++)
        {
            if (low < i)
            {
                var found = text.AsSpan(i).IndexOfAny(LowWork);
                low = found < 0 ? text.Length : i + found;
            }

            if (high < i)
            {
                var found = text.AsSpan(i).IndexOfAnyExceptInRange('\0', '\u02FF');
                high = found < 0 ? text.Length : i + found;
            }

            i = Math.Min(low, high);
            if (i >= text.Length)
            {
                break;
            }

            var c = text[i];
            if (c < '\x80')
            {
                if (c == '\r')
                {
                    return Work.Full;
                }

                if (c is '\v' or '\f')
                {
                    work = Work.OneToOne;
                }

                continue;
            }

            if (char.IsSurrogatePair(text, i))
            {
                if (!Nfc.IsStable(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return Work.Full;
                }

                i++;
                continue;
            }

            if (c == '\u2026' || (c >= '\u0300' && !Nfc.IsStable(c)))
            {
                return Work.Full;
            }

            var folded = Fold(c);
            if (folded == '\0')
            {
                return Work.Full;
            }

            if (folded != c)
            {
                work = Work.OneToOne;
            }
        }

        return work;
    }

    // Every character Fold changes.
    private static readonly System.Buffers.SearchValues<char> Folded = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => Fold(c) != c)]);

    /// <summary>
    /// The folded form of one character, or '\0' when the character is dropped. (The ellipsis folds
    /// to '.' here; <see cref="From"/> spells it "...".)
    /// </summary>
    internal static char Fold(char c) => c switch
    {
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\u2061'
            or '\u2062' or '\u2063' or '\u2064' or '\uFEFF' => '\0',
        '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068'
            or '\u2069' => '\0',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2000' or '\u2001' or '\u2002'
            or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2008' or '\u205F' or '\u1680'
            or '\u3000' => ' ',
        '\u2010' or '\u2011' => '-',
        '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2E3A' or '\u2E3B' => '-',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2035' or '\u00B4' or '\u02BC' => '\'',
        '\u2039' or '\u203A' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u2036' => '"',
        '\u00AB' or '\u00BB' => '"',
        '\u2028' or '\u2029' or '\u0085' or '\v' or '\f' => '\n',
        '\u2026' => '.',
        _ => c,
    };

    /// <summary>
    /// Collects the normalized text and its offset map. Characters go straight to the output, one to
    /// one; the output since the start of the current NFC segment (a code point that composes with
    /// nothing before it, and the ones after it that may) is rewritten when the segment ends, if it
    /// held something NFC changes: then each of its output characters maps to the whole segment.
    /// </summary>
    private sealed class Builder(int capacity)
    {
        private readonly StringBuilder _text = new(capacity);
        private readonly List<int> _starts = new(capacity + 1);
        private readonly List<int> _ends = new(capacity);
        private int _segmentStart;
        private bool _segmentUnstable;

        public void AddCodePoint(int cp, int start, int end)
        {
            if (Nfc.StartsSegment(cp))
            {
                Flush();
                _segmentStart = _text.Length;
            }

            if (!Nfc.IsStable(cp))
            {
                _segmentUnstable = true;
            }

            if (cp < 0x10000)
            {
                Emit((char)cp, start, end);
                return;
            }

            // A surrogate pair maps unit by unit, as it would without a map.
            Emit(char.ConvertFromUtf32(cp)[0], start, start + 1);
            Emit(char.ConvertFromUtf32(cp)[1], start + 1, end);
        }

        /// <summary>Adds a character that never takes part in composition.</summary>
        public void AddStarter(char c, int start, int end)
        {
            Flush();
            _segmentStart = _text.Length;
            Emit(c, start, end);
        }

        public void AddExpansion(string s, int start, int end)
        {
            Flush();
            _segmentStart = _text.Length;
            foreach (var c in s)
            {
                Emit(c, start, end);
            }
        }

        public (string Text, int[] Starts, int[] Ends) Finish(int originalLength)
        {
            Flush();
            _starts.Add(originalLength);
            return (_text.ToString(), [.. _starts], [.. _ends]);
        }

        private void Flush()
        {
            if (!_segmentUnstable)
            {
                return;
            }

            _segmentUnstable = false;
            var segment = new List<int>(_text.Length - _segmentStart);
            for (var k = _segmentStart; k < _text.Length; k++)
            {
                if (char.IsHighSurrogate(_text[k]) && k + 1 < _text.Length && char.IsLowSurrogate(_text[k + 1]))
                {
                    segment.Add(char.ConvertToUtf32(_text[k], _text[k + 1]));
                    k++;
                }
                else
                {
                    segment.Add(_text[k]);
                }
            }

            var before = segment.ToArray();
            Nfc.Normalize(segment);
            if (before.AsSpan().SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(segment)))
            {
                return;
            }

            var start = _starts[_segmentStart];
            var end = _ends[^1];
            var count = _text.Length - _segmentStart;
            _text.Length = _segmentStart;
            _starts.RemoveRange(_segmentStart, count);
            _ends.RemoveRange(_segmentStart, count);
            foreach (var cp in segment)
            {
                if (cp < 0x10000)
                {
                    Emit((char)cp, start, end);
                }
                else
                {
                    var units = char.ConvertFromUtf32(cp);
                    Emit(units[0], start, end);
                    Emit(units[1], start, end);
                }
            }
        }

        private void Emit(char c, int start, int end)
        {
            _text.Append(c);
            _starts.Add(start);
            _ends.Add(end);
        }
    }
}
