namespace Claimgraph.Text;

/// <summary>What a line is in a table of cells separated by bars (<see cref="PipeTable"/>).</summary>
public enum PipeTableLine
{
    /// <summary>No part of a table.</summary>
    None,

    /// <summary>The table's first line, naming its columns ("System | bestellt | geliefert").</summary>
    Header,

    /// <summary>A row with a digit after its first cell ("Panzerhaubitze 2000 | 36 | 28").</summary>
    Row,

    /// <summary>Another line of the table: a row without digits after its first cell.</summary>
    Other,
}
