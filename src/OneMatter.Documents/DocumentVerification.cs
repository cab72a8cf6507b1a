using OneMatter.Engine.Persistence;

namespace OneMatter.Documents;

/// <summary>The answer of a verification: the check, and for a known code what may be told to
/// anyone holding the paper (title, number, issue instant, hash) — never the holder's data.</summary>
/// <param name="Check">The outcome.</param>
/// <param name="Document">The document the code belongs to; null for an unknown code.</param>
public sealed record DocumentVerification(DocumentCheck Check, DocumentInfo? Document);
