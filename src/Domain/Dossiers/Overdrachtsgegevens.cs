namespace PassendOnderwijs.Domain.Dossiers;

/// <summary>
/// What the sending school recorded, kept read-only with the import because an SWV needs it to judge a request:
/// the school career, test results, handelingsplannen, absence, and support given elsewhere (earlier OPP, TLV's and
/// arrangementen, which are history, not decisions of this samenwerkingsverband).
/// </summary>
public sealed record Overdrachtsgegevens(
    IReadOnlyList<Schoolloopbaanregel> Schoolloopbaan,
    IReadOnlyList<Toetsresultaat> Toetsresultaten,
    IReadOnlyList<Handelingsplan> Handelingsplannen,
    Verzuimgegevens? Verzuim,
    EerderOpp? Opp,
    IReadOnlyList<EerdereTlv> Tlvs,
    IReadOnlyList<EerderArrangement> Arrangementen)
{
    public static readonly Overdrachtsgegevens Leeg = new([], [], [], null, null, [], []);
}

/// <summary>One school year of the pupil's career: where (BRIN + vestiging), which groep, from when to when.</summary>
public sealed record Schoolloopbaanregel(string Schooljaar, string? Groep, string? Jaargroep, string? Vestiging, DateOnly? Begindatum, DateOnly? Einddatum);

/// <summary>One test taken, with its scores as "kind: value" (e.g. "DLE: 60"), as the sending school reported them.</summary>
public sealed record Toetsresultaat(string Toets, string? Leergebied, DateOnly? Afnamedatum, string? Jaargroep, IReadOnlyList<string> Scores);

public sealed record Handelingsplan(DateOnly? Startdatum, DateOnly? Einddatum, string? GerichtOp);

/// <summary>Absence in the last school year, in dagdelen, and whether the leerplichtambtenaar was involved.</summary>
public sealed record Verzuimgegevens(int? DagdelenGeoorloofd, int? DagdelenOngeoorloofd, bool? MeerDan25Procent, bool? ContactLeerplicht);

/// <summary>The OPP the sending school had, by its dates (its content travels as a document).</summary>
public sealed record EerderOpp(DateOnly Ingangsdatum, DateOnly? Einddatum);

/// <summary>
/// A TLV issued by a samenwerkingsverband (possibly another one): history, not a decision of this one. The categorie is
/// this product's bekostigingscategorie code (L, M, H, NVT) when the dossier's value is one of them.
/// </summary>
public sealed record EerdereTlv(DateOnly Ingangsdatum, DateOnly? Einddatum, string Samenwerkingsverband, string Categorie, string Beschikkingsnummer);

/// <summary>An arrangement from elsewhere: ambulante begeleiding (cluster 3/4, <c>arrangement_pao</c>) or cluster 1/2.</summary>
public sealed record EerderArrangement(string Soort, DateOnly Ingangsdatum, DateOnly? Einddatum, string? Kenmerk, string? Beschikkingsnummer);
