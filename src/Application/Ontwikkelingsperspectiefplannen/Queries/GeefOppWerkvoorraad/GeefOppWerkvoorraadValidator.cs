using FluentValidation;
using PassendOnderwijs.Application.Common.Levenscyclus;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppWerkvoorraad;

public sealed class GeefOppWerkvoorraadValidator : AbstractValidator<GeefOppWerkvoorraadQuery>
{
    public GeefOppWerkvoorraadValidator() => RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Werkvoorraadpaginas.MaximalePageSize);
}
