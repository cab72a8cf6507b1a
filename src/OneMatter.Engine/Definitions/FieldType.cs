namespace OneMatter.Engine.Definitions;

/// <summary>Kinds of form and task fields.</summary>
public enum FieldType
{
    /// <summary>Free text; <c>pattern</c>, <c>min</c>/<c>max</c> bound its length.</summary>
    Text,
    /// <summary>A decimal number; <c>min</c>/<c>max</c> bound its value.</summary>
    Number,
    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>One of <c>options</c> (or several when <c>multiple</c>).</summary>
    Choice,
    /// <summary>An 18-digit resident identity card number, checksum verified (GB 11643).</summary>
    IdCard,
    /// <summary>A mainland mobile (1xxxxxxxxxx) or landline number.</summary>
    Phone,
    /// <summary>A jurisdiction id from the org directory (township, village, …).</summary>
    Jurisdiction,
    /// <summary>Attachment ids, separated by <c>;</c>.</summary>
    File,
    /// <summary>true or false.</summary>
    Boolean,
}
