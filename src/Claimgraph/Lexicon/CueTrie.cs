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
        // Up to four children are held in fields of the node and found by comparing their letters (no array to load); a
        // node with more (the root: every first letter) indexes them by character, from its lowest child to its highest.
        private const int MaxTableRange = 512;

        private char _key0, _key1, _key2, _key3;
        private Node? _child0, _child1, _child2, _child3;
        private List<(char Key, Node Child)>? _wide;
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

            // Letters of a token are never U+0000, the letter of an empty field.
            return c == _key0 ? _child0 : c == _key1 ? _child1 : c == _key2 ? _child2 : c == _key3 ? _child3 : WideChild(c);
        }

        // A node of more than four children whose letters span too wide a range for a table.
        private Node? WideChild(char c)
        {
            if (_wide is { } wide)
            {
                foreach (var (key, child) in wide)
                {
                    if (key == c)
                    {
                        return child;
                    }
                }
            }

            return null;
        }

        public Node AddChild(char c)
        {
            var child = new Node();
            var children = new List<(char Key, Node Child)>();
            foreach (var (key, existing) in Children())
            {
                children.Add((key, existing));
            }

            children.Add((c, child));
            (_key0, _key1, _key2, _key3, _child0, _child1, _child2, _child3, _wide, _table) = (default, default, default, default, null, null, null, null, null, null);
            if (children.Count <= 4)
            {
                for (var i = 0; i < children.Count; i++)
                {
                    switch (i)
                    {
                        case 0: (_key0, _child0) = children[i]; break;
                        case 1: (_key1, _child1) = children[i]; break;
                        case 2: (_key2, _child2) = children[i]; break;
                        default: (_key3, _child3) = children[i]; break;
                    }
                }

                return child;
            }

            var first = children.Min(k => k.Key);
            var range = children.Max(k => k.Key) - first + 1;
            if (range > MaxTableRange)
            {
                _wide = children;
                return child;
            }

            var table = new Node?[range];
            foreach (var (key, existing) in children)
            {
                table[key - first] = existing;
            }

            (_tableFirst, _table) = (first, table);
            return child;
        }

        private IEnumerable<(char Key, Node Child)> Children()
        {
            if (_table is { } table)
            {
                for (var i = 0; i < table.Length; i++)
                {
                    if (table[i] is { } node)
                    {
                        yield return ((char)(_tableFirst + i), node);
                    }
                }

                yield break;
            }

            if (_wide is { } wide)
            {
                foreach (var entry in wide)
                {
                    yield return entry;
                }

                yield break;
            }

            foreach (var (key, node) in new[] { (_key0, _child0), (_key1, _child1), (_key2, _child2), (_key3, _child3) })
            {
                if (node is not null)
                {
                    yield return (key, node);
                }
            }
        }
    }
}
