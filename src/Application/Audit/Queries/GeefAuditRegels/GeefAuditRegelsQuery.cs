using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;

/// <summary>
/// The audit log of the caller's samenwerkingsverband, newest first, for one pupil and/or one actor, a page at a
/// time, optionally of one resource kind and within a range of Dutch calendar days. Reading the audit log is itself
/// recorded in it.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Lezen, "auditlog", Doel = "Toezicht op toegang tot gegevens")]
public sealed record GeefAuditRegelsQuery(
    Guid? Leerling,
    [property: MaxLength(AuditRegel.MaximaleLengteTekst)] string? Actor,
    string? Cursor,
    [property: Range(1, AuditPagina.MaximalePageSize)] int? PageSize,
    [property: MaxLength(AuditRegel.MaximaleLengteTekst)] string? ResourceSoort = null,
    DateOnly? Van = null,
    DateOnly? Tot = null)
    : IQuery<Result<AuditRegelPaginaDto>>, IAuditPaginaVraag
{
    public AuditSelectie Selectie => new(Leerling, Actor, ResourceSoort, Van, Tot);
}

public sealed record AuditRegelPaginaDto(IReadOnlyList<AuditRegelDto> AuditRegels, string? VolgendeCursor);
