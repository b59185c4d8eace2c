// Jest stand-in for CSS and asset imports.
module.exports = {};
