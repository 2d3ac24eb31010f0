global using Lebenswelten.Core.Common;
global using Lebenswelten.Core.Data;
global using Microsoft.EntityFrameworkCore;
