using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Audit.Queries.GeefAuditRegels;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Audit.Queries.GeefPlatformAuditRegels;

/// <summary>
/// The platform's own audit log: what belongs to no samenwerkingsverband (the platform's accounts and what they did
/// in the national register, publications of the expertise waardelijst, activations of platform accounts), newest
/// first. What the platform does to a samenwerkingsverband is in that one's log instead. Reading it is recorded here too.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[Audit(AuditActie.Lezen, "auditlog", Doel = "Toezicht op het beheer van het platform")]
public sealed record GeefPlatformAuditRegelsQuery(
    [property: MaxLength(AuditRegel.MaximaleLengteTekst)] string? Actor,
    string? Cursor,
    [property: Range(1, AuditPagina.MaximalePageSize)] int? PageSize)
    : IQuery<Result<AuditRegelPaginaDto>>, IAuditPaginaVraag;

public sealed class GeefPlatformAuditRegelsValidator : AuditPaginaValidator<GeefPlatformAuditRegelsQuery>;
