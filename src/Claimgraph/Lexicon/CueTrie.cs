namespace Claimgraph.Lexicon;

/// <summary>
/// The first words of a set of cues as a character trie: walking a token's characters from the
/// root meets every cue whose first word is a prefix of the token (<see cref="Node.Prefix"/>),
/// and at the token's end the cues whose first word is exactly the token (<see cref="Node.Exact"/>).
/// No hashing, no allocation per lookup. Built once; read-only afterwards.
/// </summary>
internal sealed class CueTrie<T>
{
    public Node Root { get; } = new();

    public void Add(Cue<T> cue)
    {
        var node = Root;
        foreach (var c in cue.Words[0].Text)
        {
            node = node.Child(c) ?? node.AddChild(c);
        }

        if (cue.Words[0].Exact)
        {
            (node.Exact ??= []).Add(cue);
        }
        else
        {
            (node.Prefix ??= []).Add(cue);
        }
    }

    internal sealed class Node
    {
        private char[] _keys = [];
        private Node[] _children = [];

        /// <summary>Cues whose first word ends here and may be followed by more letters.</summary>
        public List<Cue<T>>? Prefix { get; set; }

        /// <summary>Cues whose first word ends here and must end the token.</summary>
        public List<Cue<T>>? Exact { get; set; }

        public Node? Child(char c)
        {
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
            return child;
        }
    }
}
