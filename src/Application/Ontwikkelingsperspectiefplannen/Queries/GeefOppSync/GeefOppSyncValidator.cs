using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppSync;

public sealed class GeefOppSyncValidator : AbstractValidator<GeefOppSyncQuery>
{
    public GeefOppSyncValidator() => RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Syncfeed.MaximalePageSize);
}
