using System.Security.Cryptography;
using System.Text;

namespace Claimgraph.Storage;

/// <summary>The identity of a text in a store: SHA-256 of its UTF-8 bytes, lower-case hex.</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
