using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen.Queries.ExporteerDeskundigen;

/// <summary>The register of deskundigen for a file, selected and sorted as the list; the export itself is audited.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
[Audit(AuditActie.Exporteren, DeskundigeAudit.Soort, Doel = DeskundigeAudit.Doel)]
public sealed record ExporteerDeskundigenQuery(
    [property: MinLength(1), MaxLength(Deskundige.MaximaleLengteNaam)] string? Zoek = null,
    [property: CodeUit<Discipline>] string? Discipline = null,
    bool? Actief = null,
    [property: AllowedValues(
        DeskundigenSortering.Naam, DeskundigenSortering.NaamAflopend, DeskundigenSortering.Discipline,
        DeskundigenSortering.DisciplineAflopend, DeskundigenSortering.Werkgever, DeskundigenSortering.WerkgeverAflopend)]
    string? Sorteer = null) : IQuery<Result<IReadOnlyList<DeskundigeDto>>>, IDeskundigenSelectie;
