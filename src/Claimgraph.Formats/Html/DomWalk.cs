using AngleSharp.Dom;

namespace Claimgraph.Formats.Html;

/// <summary>
/// Walks a DOM subtree in document order without recursion (nested iterators cost the depth per
/// element, which makes deeply nested pages quadratic).
/// </summary>
internal static class DomWalk
{
    /// <summary>The elements below root (not root itself), in document order.</summary>
    public static IEnumerable<IElement> Elements(INode root)
    {
        var pending = new Stack<INode>();
        Push(pending, root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IElement element)
            {
                yield return element;
                Push(pending, element);
            }
        }
    }

    /// <summary>All nodes below root (elements, text, comments), in document order.</summary>
    public static IEnumerable<INode> Nodes(INode root)
    {
        var pending = new Stack<INode>();
        Push(pending, root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            Push(pending, node);
        }
    }

    private static void Push(Stack<INode> pending, INode parent)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }
}
