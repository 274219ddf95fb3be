namespace Claimgraph.Lexicon;

/// <summary>
/// The first words of a set of cues as a character trie: walking a token's characters from the
/// root meets every cue whose first word is a prefix of the token (<see cref="Node.Prefix"/>),
/// and at the token's end the cues whose first word is exactly the token (<see cref="Node.Exact"/>);
/// each holds its cues' later words as a word trie (<see cref="CueRest{T}"/>).
/// No hashing, no allocation per lookup. Built once; read-only afterwards.
/// </summary>
internal sealed class CueTrie<T>
{
    public Node Root { get; } = new();

    /// <summary>Adds <paramref name="cue"/>, the <paramref name="order"/>-th of its set.</summary>
    public void Add(Cue<T> cue, int order)
    {
        var node = Root;
        foreach (var c in cue.Words[0].Text)
        {
            node = node.Child(c) ?? node.AddChild(c);
        }

        if (cue.Words[0].Exact)
        {
            (node.Exact ??= new CueRest<T>()).Add(cue, order);
        }
        else
        {
            (node.Prefix ??= new CueRest<T>()).Add(cue, order);
        }
    }

    internal sealed class Node
    {
        // Up to this many children are found by a linear search; a node with more (the root: every
        // first letter) indexes them by character, from its lowest child to its highest.
        private const int MaxLinearChildren = 4;
        private const int MaxTableRange = 512;

        private char[] _keys = [];
        private Node[] _children = [];
        private Node?[]? _table;
        private char _tableFirst;

        /// <summary>Cues whose first word ends here and may be followed by more letters, by their later words.</summary>
        public CueRest<T>? Prefix { get; set; }

        /// <summary>Cues whose first word ends here and must end the token, by their later words.</summary>
        public CueRest<T>? Exact { get; set; }

        public Node? Child(char c)
        {
            if (_table is { } table)
            {
                var slot = (uint)(c - _tableFirst);
                return slot < (uint)table.Length ? table[slot] : null;
            }

            var keys = _keys;
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == c)
                {
                    return _children[i];
                }
            }

            return null;
        }

        public Node AddChild(char c)
        {
            var child = new Node();
            _keys = [.. _keys, c];
            _children = [.. _children, child];
            _table = null;
            if (_keys.Length > MaxLinearChildren)
            {
                var first = _keys.Min();
                var range = _keys.Max() - first + 1;
                if (range <= MaxTableRange)
                {
                    var table = new Node?[range];
                    for (var i = 0; i < _keys.Length; i++)
                    {
                        table[_keys[i] - first] = _children[i];
                    }

                    _tableFirst = first;
                    _table = table;
                }
            }

            return child;
        }
    }
}
