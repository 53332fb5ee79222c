namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>
/// A school's identity: its vestiging within one samenwerkingsverband. The same vestiging can be a school in a PO and in
/// a VO samenwerkingsverband (an SO/VSO school, an expertisecentrum, takes part in both of its region); each is a school
/// of its own there, with its own name, bestuur, place in the indeling and pupils.
/// </summary>
public sealed record SchoolId(SwvCode Samenwerkingsverband, VestigingCode Vestiging)
{
    public override string ToString() => $"{Samenwerkingsverband}/{Vestiging}";
}
