using FluentValidation;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzetWerkvoorraad;

public sealed class GeefExpertinzetWerkvoorraadValidator : AbstractValidator<GeefExpertinzetWerkvoorraadQuery>
{
    public GeefExpertinzetWerkvoorraadValidator() => RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Werkvoorraadpaginas.MaximalePageSize);
}
