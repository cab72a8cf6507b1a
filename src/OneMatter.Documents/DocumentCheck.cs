namespace OneMatter.Documents;

/// <summary>What the public verification answers about a presented code (and hash).</summary>
public enum DocumentCheck
{
    /// <summary>The code belongs to an issued document and the hash, if presented, is its hash.</summary>
    Genuine,
    /// <summary>The code is not one we printed (or is malformed).</summary>
    UnknownCode,
    /// <summary>The code exists but the presented hash is not the issued document's: the copy was altered.</summary>
    HashMismatch,
}
