namespace OneMatter.Engine.Persistence;

/// <summary>Why an attachment cannot be bound.</summary>
public enum AttachmentBindRefusal
{
    /// <summary>No attachment has this id.</summary>
    Unknown,
    /// <summary>Someone else uploaded it: nobody binds another person's file.</summary>
    NotUploader,
    /// <summary>It already belongs to a matter: a file is bound once.</summary>
    AlreadyBound,
}
