using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Audit;

namespace PassendOnderwijs.Api.Endpoints.Audit;

/// <summary>The columns of an audit log export: every field of a record, the moment in Dutch time.</summary>
internal static class AuditTabel
{
    public static Tabel<AuditRegelDto> Tabel { get; } = new("auditlog",
    [
        new("Tijdstip", r => Cel.AlsTijdstip(r.Op)),
        new("Soort actor", r => Cel.AlsTekst(r.ActorSoort)),
        new("Actor", r => Cel.AlsTekst(r.Actor)),
        new("Naam actor", r => Cel.AlsTekst(r.ActorNaam)),
        new("Namens", r => Cel.AlsTekst(r.Namens)),
        new("Actie", r => Cel.AlsTekst(r.Actie)),
        new("Soort gegevens", r => Cel.AlsTekst(r.ResourceSoort)),
        new("Gegevens", r => Cel.AlsTekst(r.ResourceId)),
        new("Leerling", r => Cel.AlsTekst(r.LeerlingId?.ToString())),
        new("Doel", r => Cel.AlsTekst(r.Doel)),
        new("Herkomst", r => Cel.AlsTekst(r.Herkomst)),
        new("Trace-id", r => Cel.AlsTekst(r.TraceId)),
        new("Regel-id", r => Cel.AlsTekst(r.Id.ToString())),
    ]);

    /// <summary>The platform's log has the same columns; its file is named apart from an SWV's.</summary>
    public static Tabel<AuditRegelDto> PlatformTabel { get; } = Tabel with { Naam = "platform-auditlog" };
}
