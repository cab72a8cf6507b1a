using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Documents;

/// <summary>A document at the moment it was issued: the state right after its event, the event,
/// and for a 督办单 the supervision it records.</summary>
/// <param name="State">The state folded up to and including <paramref name="Issued"/>.</param>
/// <param name="Issued">The issuing event.</param>
/// <param name="Supervision">The supervision, when the document was issued by 督办.</param>
public sealed record DocumentMoment(MatterState State, DocumentIssued Issued, SupervisionFacts? Supervision);
