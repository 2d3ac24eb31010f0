global using Lebenswelten.Core.Common;
global using Lebenswelten.Core.Data;
global using Lebenswelten.Web.Tests.Infrastructure;
global using Microsoft.EntityFrameworkCore;
