global using Lebenswelten.Core.Common;
global using Lebenswelten.Web.Features.Shared;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
