import{a as O,b as G,c as ie,d as le,e as te,f as ge,g as M,h as V,i as I,j as z}from"./chunk-BMBJA7ZN.js";import"./chunk-SQE76S5B.js";var R,Ct,Wn,ce,tt,Oe,$t,Ne,St,ot,nt,Gn,$e=Symbol.for("pv"),qe={},Be=[],Vn=/^m(i|n|o|s|text|space)$/,at=Array.isArray,Rt=Be.slice,me=Object.assign;function fe(e){e&&e.parentNode&&e.remove()}function De(e,t,o,a,s){var i={type:e,props:t,key:o,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:$e,__v:s||++Ct,__i:-1,__u:0};return!s&&R.vnode&&R.vnode(i),i}function U(e){return e.children}function Le(e,t){this.props=e,this.context=t,this.__g=0}function de(e,t){if(t==null)return e.__&&de(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:de(e)}function Kn(e){var t,o=e.__v,a=o.__e,s=[],i=[],l=e.__P;l&&((t=me({constructor:$e},o)).__v=o.__v+1,R.vnode&&R.vnode(t),it(l,t,o,e.__n,l.namespaceURI,32&o.__u?[a]:null,s,a||de(o),32&o.__u,i),t.__v=o.__v,t.__.__k[t.__i]=t,Nt(s,t,i),o.__=o.__e=null,t.__e!=a&&Et(t))}function Et(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Et(e)}function xt(e){(8&e.__g||(e.__g|=8,ce.push(e),Oe++))&&tt==R.debounceRendering||((tt=R.debounceRendering)||queueMicrotask)(Pt)}function Pt(){try{for(var e,t=1;ce.length;)ce.length>t&&ce.sort($t),e=ce.shift(),t=ce.length,8&e.__g&&Kn(e)}finally{(Oe=ce.length)&&(tt||queueMicrotask)(Pt)}}function Tt(e,t,o,a,s,i,l,r,c,d,u){var b,k,p,h,_,f,x=a.__k||Be,g=t.length;for(c=Jn(o,t,x,c,g),b=0;b<g;b++)(p=o.__k[b])!=null&&(k=~p.__i&&x[p.__i]||qe,p.__i=b,f=it(e,p,k,s,i,l,r,c,d,u),h=p.__e,(k.ref!=p.ref||8&k.__u)&&(k.ref&&st(k.ref,null,p,k),p.ref&&u.push(p.ref,p.__c||h,p)),_=_||h,4&p.__u?(c=It(p,c,e,!k.__v),k.__e&&(k.__e=null)):typeof p.type=="function"&&f!==void 0?c=f:h&&(c=h.nextSibling),p.__u&=-21);return o.__e=_,c}function Jn(e,t,o,a,s){var i,l,r,c,d,u,b,k,p,h=o.length,_=h,f=0,x=0,g=e.__k=Array(s);for(i=0;i<s;i++)(l=t[i])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=g[i]=De(null,l):at(l)?l=g[i]=De(U,{children:l}):l.constructor===$e&&l.__b?l=g[i]=De(l.type,l.props,l.key,l.ref,l.__v):g[i]=l,c=i+f,l.__=e,l.__b=e.__b+1,r=null,~(d=l.__i=Xn(l,o,c,_))&&(_--,(r=o[d])&&(r.__u|=2)),r&&r.__v?(l.__u|=16,d==c-1?f--:d==c+1?f++:d!=c&&(d>c?f--:f++,x=1)):(~d||(s>h?f--:s<h&&f++),typeof l.type!="function"&&(l.__u|=4))):g[i]=null;if(x){for(u=[],b=[],i=0;i<s;i++)if((l=g[i])&&16&l.__u){for(f=0,k=u.length;f<k;)u[p=f+k>>1]<l.__i?f=p+1:k=p;u[f]=l.__i,b[i]=f+1}for(f=u.length;i--;)b[i]&&(b[i]==f?f--:g[i].__u|=4)}if(_)for(i=0;i<h;i++)!(r=o[i])||2&r.__u||(r.__e==a&&(a=de(r)),rt(r,r));return a}function It(e,t,o,a){var s,i,l,r;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(i=0;i<s.length;i++)s[i]&&(s[i].__=e,t=It(s[i],t,o,!1));return t}for(t&&!t.parentNode&&(t=de(e))&&!t.parentNode&&(t=null),l=e.__e,r=t;r&&r.nodeType==8;)r=r.nextSibling;for(l!=r&&(!a&&o.moveBefore&&l.parentNode?o.moveBefore(l,t):o.insertBefore(l,t||null)),t=l;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Xn(e,t,o,a){var s,i=e.key,l=e.type,r=t[o],c=r&&!(2&r.__u);if(r===null&&i==null||c&&i==r.key&&l==r.type)return o;if(a>(c?1:0)){for(s=o-1;s>=0;s--)if((r=t[s])&&!(2&r.__u)&&i==r.key&&l==r.type)return s;for(s=o+1;s<t.length;s++)if((r=t[s])&&!(2&r.__u)&&i==r.key&&l==r.type)return s}return-1}function kt(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function Ae(e,t,o,a,s){var i,l;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof a=="string"&&(e.style.cssText=a=""),a)for(t in a)o&&t in o||kt(e.style,t);if(o)for(t in o)a&&o[t]==a[t]||kt(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof a!="function"&&(a=null),(e.__e||(e.__e={}))[t]=o,o&&a||(l=nt[t]||(nt[t]=Qn(t)),(e.__a||(e.__a={}))[t]=ot,i=t!=(t=t.replace(St,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,l,i):e.removeEventListener(t,l,i));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function Qn(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[Ne]==null)t[Ne]=ot++;else if(t[Ne]<this.__a[e])return;return o(R.event?R.event(t):t)}}}function it(e,t,o,a,s,i,l,r,c,d){var u,b,k,p,h,_,f,x,g,y,C,m,S,P,$,T,N,W,ee=t.type;if(t.constructor!==$e)return null;128&o.__u&&(c=32&o.__u,u=o.__c.__z)&&(t.__u|=c,b=i=[],u.nodeType==8?r=Me(u,i):i.push(u),r=i[0]||r),(u=R.__b)&&u(t);e:if(typeof ee=="function"){k=l.length;try{if(x=t.props,g=(u=ee.prototype)&&u.render,y=(u=ee.contextType)&&a[u.__c],C=u?y?y.props.value:u.__:a,(p=o.__c)?(t.__c=p,2&p.__g&&(p.__g|=1)):(g?t.__c=p=new ee(x,C):(t.__c=p=new Le(x,C),p.constructor=ee,p.render=Zn),y&&y.sub(p),p.state||(p.state={}),p.__n=a,p.__g|=8,p.__h=[],p.__k=[]),g&&(p.__s||(p.__s=p.state),ee.getDerivedStateFromProps&&(p.__s==p.state&&(p.__s=me({},p.__s)),me(p.__s,ee.getDerivedStateFromProps(x,p.__s)))),h=p.props,_=p.state,p.__v=t,o.__c){if(x!==h&&g&&!ee.getDerivedStateFromProps&&p.componentWillReceiveProps&&p.componentWillReceiveProps(x,C),t.__v==o.__v&&!(8&p.__g)||!(4&p.__g)&&p.shouldComponentUpdate&&p.shouldComponentUpdate(x,p.__s,C)===!1){t.__v!=o.__v&&(p.props=x,p.state=p.__s,p.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(Q){Q&&(Q.__=t)}),Be.push.apply(p.__h,p.__k),p.__k=[],p.__h.length&&l.push(p),r=de(o);break e}p.componentWillUpdate&&p.componentWillUpdate(x,p.__s,C),g&&p.componentDidUpdate&&p.__h.push(function(){p.componentDidUpdate(h,_,f)})}else g&&!ee.getDerivedStateFromProps&&p.componentWillMount&&p.componentWillMount(),g&&p.componentDidMount&&p.__h.push(p.componentDidMount);p.context=C,p.props=x,p.__P=e,p.__g&=-5,m=R.__r,S=g?25:0;do p.__g&=-9,m&&m(t),u=p.render(p.props,p.state=p.__s,p.context);while(8&p.__g&&++S<25);g&&(Be.push.apply(p.__h,p.__k),p.__k=[]),p.state=p.__s,p.getChildContext&&(a=me({},a,p.getChildContext())),g&&o.__c&&p.getSnapshotBeforeUpdate&&(f=p.getSnapshotBeforeUpdate(h,_)),P=u&&u.type===U&&u.key==null?u.props.children:u,x.__P&&(u=r,s=(e=x.__P).namespaceURI,c=i=null,o.props&&o.props.__P!=e&&(o.__k.some(function(Q){Q&&rt(Q,Q)}),o.__k=null),r=o.__k?de(o,0):null),r=Tt(e,at(P)?P:[P],t,o,a,s,i,l,r,c,d),x.__P&&(t.__e=null,r=u),t.__u&=-161,b&&b.some(fe),p.__h.length&&l.push(p),1&p.__g&&(p.__g&=-4)}catch(Q){if(l.length=k,t.__v=null,c||i)if(Q&&Q.then){if(t.__u|=128|c,i){for(~(N=i.indexOf(r||void 0))||(N=i.length);(W=i[N-1])&&W.nodeType==8;)N--;for(;N<i.length;N++)if(W=i[N])if(i[N]=null,$){if(W==T)break}else{if(W.nodeType!=8)break;W.data.startsWith("$s")&&(T=Me($=W))}}if(!$){for(;r&&r.nodeType==8&&r.nextSibling;)r=r.nextSibling;$=r}(u=Me($=t.__c.__z||(t.__c.__z=$)))?(t.__e=$,r=u):t.__e=r,r=r&&r.nextSibling}else i&&i.some(fe);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),Q&&Q.then||At(t),R.__e(Q,t,o)}}else r=t.__e=Yn(o.__e,t,o,a,s,i,l,c,d,e);return(u=R.diffed)&&u(t),r}function Me(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function At(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(At))}function Nt(e,t,o){for(var a=0;a<o.length;)st(o[a++],o[a++],o[a++]);R.__c&&R.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(i){i.call(s)})}catch(i){R.__e(i,s.__v)}})}function Yn(e,t,o,a,s,i,l,r,c,d){var u,b,k,p,h,_,f,x,g=o.props||qe,y=t.props,C=t.type;if(C=="svg"?s="http://www.w3.org/2000/svg":C=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),i){for(u=0;u<i.length;u++)if((h=i[u])&&(C?h.localName==C:h.nodeType==3)){e=h,i[u]=null;break}}if(!e){if(x=d.ownerDocument||document,!C)return x.createTextNode(y);e=x.createElementNS(s,C,y.is?y:d),r&&(R.__m&&R.__m(t,i),r=!1),i=null}if(C){if(d=C=="template"&&e.content||e,i=C=="textarea"&&y.defaultValue!=null?null:i&&Rt.call(d.childNodes),!r&&i)for(g={},u=0;u<e.attributes.length;u++)g[(h=e.attributes[u]).name]=h.value;for(u in g)h=g[u],u=="dangerouslySetInnerHTML"?k=h:u=="children"||u in y||u=="value"&&"defaultValue"in y||u=="checked"&&"defaultChecked"in y||Ae(e,u,null,h,s);for(u in y)h=y[u],u=="children"?p=h:u=="dangerouslySetInnerHTML"?b=h:u=="value"?_=h:u=="checked"?f=h:r&&typeof h!="function"||g[u]===h||Ae(e,u,h,g[u],s);b?(r||k&&(b.__html==k.__html||b.__html==e.innerHTML)||(e.innerHTML=b.__html),t.__k=[]):(k&&(e.textContent=""),(C=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&Vn.test(C))&&(s="http://www.w3.org/1999/xhtml"),Tt(d,at(p)?p:[p],t,o,a,s,i,l,i?i[0]:o.__k&&de(o,0),r,c),i&&i.some(fe)),r&&C!="textarea"||(u="value",C=="progress"&&_==null?e.removeAttribute(u):_==null||_===e[u]&&(C!="progress"||_)||Ae(e,u,_,g[u],s),u="checked",f!=null&&f!=e[u]&&Ae(e,u,f,g[u],s))}else g===y||r&&e.data==y||(e.data=y);return e}function st(e,t,o,a){try{typeof e=="function"?t?t.__x=e(t)||1:a&&(a=a.__c||a.__e)&&(t=a.__x)&&(a.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){R.__e(s,o)}}function rt(e,t,o){var a,s,i,l;if(R.unmount&&R.unmount(e),!(a=e.ref)||a.current&&a.current!=e.__e||st(a,null,t,e),a=e.__c){if(a.componentWillUnmount)try{a.componentWillUnmount()}catch(r){R.__e(r,t)}a.__P=a.__n=null}if(a=e.__k)for(l=0;l<a.length;l++)a[l]&&rt(a[l],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(a=e.__c)&&(a=a.__z)&&(s=Me(a,i=[]))&&(a==e.__e&&i.some(fe),fe(s),fe(a)),o||fe(e.__e),e.__e=e.__c=e.__=null}function Zn(e,t,o){return this.constructor(e,o)}function Dt(e,t){var o,a,s,i;R.__&&R.__(e,t),t.nodeType==9&&(t=t.documentElement),a=(o=e&&32&e.__u)?null:t.__k,t.__k=De(U,{children:[e]}),s=[],i=[],it(t,t.__k,a||qe,qe,t.namespaceURI,a?null:t.firstChild?Rt.call(t.childNodes):null,s,a?a.__e:t.firstChild,o,i),Nt(s,t.__k,i),t.__k.props.children=null}R={__e:function(e,t,o,a){for(var s,i,l;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((l=(i=s.constructor)&&i.getDerivedStateFromError)&&s.setState(i.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,a||{}),l=1),l&&8&s.__g)return void(s.__g|=2)}catch(r){e=r}}throw Oe=0,e}},Ct=0,Wn=function(e){return e!=null&&e.constructor===$e},Le.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=me({},this.state)),typeof e=="function"&&(e=e(me({},o),this.props)),e&&(me(o,e),this.__v&&(t&&this.__k.push(t),xt(this)))},Le.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),xt(this))},Le.prototype.render=U,ce=[],Oe=0,$t=function(e,t){return e.__v.__b-t.__v.__b},Ne=Symbol(),St=/(PointerCapture)$|Capture$/i,ot=0,nt={},Gn=0;var Re,B,lt,Lt,ct=Object.is,ze=0,Ht=[],dt=[],q=R,Mt=q.__b,Ot=q.__r,qt=q.diffed,Bt=q.__c,zt=q.unmount,Ut=q.__;function pt(e,t){q.__h&&q.__h(B,e,ze||t),ze=0;var o=B.__H||(B.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function E(e){return ze=1,eo(Gt,e)}function eo(e,t,o){var a=pt(Re++,2);if(a.t=e,!a.__c&&(a.__=[o?o(t):Gt(void 0,t),function(i){var l=(a.__N||a.__)[0],r=a.t(l,i);ct(l,r)||(a.__N=[r,a.__[1]],a.__c.setState({}))}],a.__c=B,!B.__f)){B.__f=!0;var s=B.shouldComponentUpdate;B.shouldComponentUpdate=function(i,l,r){var c=this.__H;if(!c)return!0;var d=!1,u=this.props!=i;if(c.__.some(function(k){k.__N&&(d=!0,ct(k.__[0],k.__N[0])||(u=!0))}),s){var b=s.call(this,i,l,r);return d?b||u:b}return!d||u}}return a.__}function F(e,t){var o=pt(Re++,3);!q.__s&&Wt(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,B.__H.__h.push(o))}function H(e){return ze=5,to(function(){return{current:e}},[])}function to(e,t){var o=pt(Re++,7);return Wt(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function no(){var e;do{for(;e=dt.shift();)try{Se(e)}catch(o){q.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=Ht.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Se),t.__h.some(ut),t.__h=[]}catch(o){t.__h=[],q.__e(o,e.__v)}}}while(dt.length)}q.__b=function(e){B=null,Mt&&Mt(e)},q.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ut&&Ut(e,t)},q.__r=function(e){Ot&&Ot(e),Re=0;var t=(B=e.__c).__H;t&&(lt==B?B.__h=[]:(t.__h.some(Se),t.__h.some(ut),Re=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),lt=B},q.diffed=function(e){qt&&qt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ft(Ht.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),lt=B=null},q.__c=function(e,t){t.some(function(o){try{o.__h.some(Se),o.__h=o.__h.filter(function(a){return!a.__||ut(a)})}catch(a){o.__h=[function(){throw a}]}}),Bt&&Bt(e,t)},q.unmount=function(e){zt&&zt(e);var t,o,a=e.__c;a&&a.__H&&(a.__H.__.some(function(s){try{if(s.__P&&s.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}s.__P=o,Ft(dt.push(s))}else Se(s)}catch(i){t=i}}),a.__H=void 0,t&&q.__e(t,a.__v))};var jt=typeof requestAnimationFrame=="function";function oo(e){var t,o=function(){clearTimeout(a),jt&&cancelAnimationFrame(t),setTimeout(e)},a=setTimeout(o,35);jt&&(t=requestAnimationFrame(o))}function Ft(e){e!=1&&Lt==q.requestAnimationFrame||((Lt=q.requestAnimationFrame)||oo)(no)}function Se(e){var t=B,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),B=t}function ut(e){var t=B;e.__c=e.__(),B=t}function Wt(e,t){return!e||e.length!=t.length||t.some(function(o,a){return!ct(o,e[a])})}function Gt(e,t){return typeof t=="function"?t(e):t}var ft=new Set;function Vt(){let e=decodeURIComponent(window.location.pathname);return{rest:e.startsWith(O.base)?e.slice(O.base.length).replace(/^\/+/,""):"",params:new URLSearchParams(window.location.search),href:window.location.href}}function Kt(e,{replace:t=!1}={}){let o=new URL(e,window.location.href);if(o.href===window.location.href)return;window.history[t?"replaceState":"pushState"](null,"",o.pathname+o.search+o.hash),!!1&&!t&&window.scrollTo(0,0);for(let s of ft)s()}function A(e){let t=new URLSearchParams(window.location.search);for(let[a,s]of Object.entries(e))s==null||s===""||Array.isArray(s)&&s.length===0?t.delete(a):t.set(a,Array.isArray(s)?s.join(","):String(s));let o=t.toString();Kt(window.location.pathname+(o?"?"+o:""),{replace:!0})}function Jt(){let[e,t]=E(Vt);return F(()=>{let o=()=>t(Vt());return ft.add(o),window.addEventListener("popstate",o),()=>{ft.delete(o),window.removeEventListener("popstate",o)}},[]),e}function ao(e){let t=e.href;return typeof t=="string"?t:t&&t.baseVal?new URL(t.baseVal,window.location.href).href:null}function Xt(){document.addEventListener("click",e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target.closest&&e.target.closest("a");if(!t||t.hasAttribute("download")||(t.getAttribute("target")||"").startsWith("_b"))return;let o=ao(t);if(!o)return;let a=new URL(o);a.origin===window.location.origin&&(a.pathname!==O.base&&!a.pathname.startsWith(O.base+"/")||a.pathname.startsWith(O.base+"/assets/")||(e.preventDefault(),Kt(a.href)))})}var Qt=`# The home page: the dataset, the three cases, and search.

query Home {
  datasetInfo { version nodes relationships sources backend }
  primary: countries(caseRole: PRIMARY) { ...CaseCard }
  comparators: countries(caseRole: COMPARATOR) { ...CaseCard }
  study: node(id: "source:study") { ...Ref }
}

fragment CaseCard on Country {
  iso3
  name
  names { lang value }
  caseRole
  deployments(first: 1) { totalCount }
  reforms { id }
  legalInstruments { id }
  safeguards { id }
  confidence
  citations { source { id } }
}

# Accent-insensitive full-text search (the API's), 50 hits a page.
query Search($text: String!, $after: String) {
  searchConnection(text: $text, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { score snippet node { ...Ref } }
  }
}

# The countries a view can pick from.
query Countries {
  countries { iso3 name caseRole }
}
`;var Yt=`# The entity pages (/explore/{id}): one query per kind (the ID's prefix names it), each with
# every field of the node, its relationships with their evidence, citations and disputes.

query EntityCountry($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...CountryPage
  }
}

query EntityMission($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...MissionPage
  }
}

query EntityDeployment($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...DeploymentPage
  }
}

query EntityFunction($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...FunctionPage
  }
}

query EntityReform($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...ReformPage
  }
}

query EntityLegalInstrument($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...LegalInstrumentPage
  }
}

query EntitySafeguard($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...SafeguardPage
  }
}

query EntityPrinciple($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...PrinciplePage
  }
}

query EntityThreat($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...ThreatPage
  }
}

query EntityObstacle($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...ObstaclePage
  }
}

query EntityBenefit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...BenefitPage
  }
}

query EntityRecommendation($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...RecommendationPage
  }
}

query EntityEvent($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited { ...Evidence }
    ...EventPage
  }
}

query EntitySource($id: ID!) {
  node(id: $id) {
    __typename
    id
    ...SourcePage
  }
}

# An ID whose prefix names no kind: only what every node has.
query EntityAny($id: ID!) {
  node(id: $id) {
    ...Ref
  }
}

fragment CountryPage on Country {
  iso3
  name
  names { lang value }
  caseRole
  facts
  deployments(first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...Ref ...DeploymentSpan mission { ...Ref } }
  }
  reforms { ...Ref date kind }
  legalInstruments { ...Ref kind reference adopted }
  safeguards { ...Ref kind }
  principles { ...Ref scope }
  threats { threat { ...Ref } since note ...Evidence }
  obstacles { ...Ref }
  benefits { ...Ref }
  recommendations { ...Ref }
  events { ...Ref date }
  selectivity { missionsJoined missionsParticipated missionsActive share }
  personnelSeries { date total }
  personnelCoverage { from to gaps { from to } columns { column from note } note citations { ...Cite } }
}

fragment MissionPage on Mission {
  acronym
  name
  names { lang value }
  ...MissionSpan
  withdrawal { ...BoundFields }
  kind
  chapterVII
  host
  description
  note
  facts
  establishedBy { ...Ref reference adopted }
  contributors { ...Ref }
  deployments(first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...Ref ...DeploymentSpan country { ...Ref } }
  }
}

fragment DeploymentPage on Deployment {
  title
  country { ...Ref }
  mission { ...Ref ...MissionSpan }
  ...DeploymentSpan
  personnel
  peakStrength
  strengths { kind value approximate date until note citations { ...Cite } }
  unit
  description
  facts
  functions { ...Ref }
  authorizedBy { ...Ref reference adopted }
  constrainedBy { ...Ref kind }
  catalyzed { reform { ...Ref } mechanism explanation ...Evidence }
  partners { ...Ref }
}

fragment FunctionPage on Function {
  code
  name
  description
  facts
}

fragment ReformPage on Reform {
  country { ...Ref }
  title
  names { lang value }
  date
  kind
  description
  facts
  instruments { ...Ref reference adopted }
  drivers { deployment { ...Ref } mission { ...Ref } mechanism explanation ...Evidence }
  addresses { ...Ref }
  partners { ...Ref }
}

fragment LegalInstrumentPage on LegalInstrument {
  country { ...Ref }
  kind
  title
  names { lang value }
  reference
  adopted
  inForce
  inForceSpan { ...SpanFields }
  lifecycle { stage date instrument { ...Ref } note citations { ...Cite } }
  summary
  facts
  governs { ...Ref }
  safeguards { ...Ref kind }
  amends { ...Ref adopted }
  amendedBy { ...Ref adopted }
}

fragment SafeguardPage on Safeguard {
  country { ...Ref }
  kind
  title
  description
  since
  inForceSpan { ...SpanFields }
  facts
  groundedIn { ...Ref reference adopted }
  groundedInLinks { instrument { ...Ref } span { ...SpanFields } note confidence citations { ...Cite } }
  constrains { ...Ref }
  upholds { ...Ref }
}

fragment PrinciplePage on Principle {
  scope
  name
  names { lang value }
  description
  facts
  heldBy { ...Ref }
  compatibleWith { ...Ref }
  compatibilities { other { ...Ref } ...Evidence }
  definedIn { ...Ref }
}

fragment ThreatPage on Threat {
  name
  names { lang value }
  kind
  description
  facts
  perceivedBy { country { ...Ref } since note ...Evidence }
  definedIn { ...Ref }
}

fragment ObstaclePage on Obstacle {
  country { ...Ref }
  title
  description
  facts
  overcomeBy { ...Ref }
}

fragment BenefitPage on Benefit {
  country { ...Ref }
  title
  description
  facts
}

fragment RecommendationPage on Recommendation {
  country { ...Ref }
  title
  description
  facts
  overcomes { ...Ref }
}

fragment EventPage on Event {
  date
  title
  names { lang value }
  description
  country { ...Ref }
  related { ...Ref }
  facts
}

fragment SourcePage on Source {
  kind
  title
  documentTitle
  authors
  publisher
  agency
  container
  year
  originalYear
  language
  url
  citationKey
  csl
}
`;var Zt=`# The personnel view: a country's IPI monthly series (months without a point have no
# figure: they are drawn as such, never as zero).

query PersonnelSeries($country: String!) {
  country(iso3: $country) {
    iso3
    name
    personnelSeries {
      date
      troops
      police
      experts
      total
      confidence
      citations { locator source { id title url } }
    }
    # Which months and columns the series covers: the chart hatches what it does not, and a
    # column counted only from a later month is "not counted" before it, not "none".
    personnelCoverage {
      from
      to
      gaps { from to }
      columns { column from note }
      note
    }
  }
}
`;var en=`# The timeline view: a country's deployments against their missions' lifetimes, with its
# laws (with the dated stages of their lifecycle), reforms and events as marks.

query TimelineCountry($country: String!, $after: String) {
  country(iso3: $country) {
    iso3
    name
    deployments(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        title
        ...DeploymentSpan
        peakStrength
        personnel
        confidence
        mission { id acronym name kind ...MissionSpan }
      }
    }
  }
  timeline(countries: [$country]) {
    date
    kind
    title
    node {
      __typename
      id
      # A law's stages (half-sanction, promulgation, publication, entry into force, repeal)
      # are drawn as ticks on its lane, joined by a thin line.
      ... on LegalInstrument { lifecycle { stage date } }
    }
  }
}
`;var tn=`# The comparison matrix: one row per dimension, one column per country.

query Compare($countries: [String!]!) {
  compare(countries: $countries) {
    countries { ...Ref }
    rows {
      dimension
      description
      cells {
        country { iso3 }
        empty
        values
        nodes { ...Ref }
        citations { ...Cite }
      }
    }
  }
}
`;var nn=`# Pathways and compliance: participation -> reform chains, and deployment -> safeguard ->
# legal basis chains.

query ReformPathways($country: String!) {
  reformPathways(country: $country) {
    country { ...Ref }
    from { ...Ref ... on Event { date } }
    deployment { ...Ref ...DeploymentSpan }
    mission { ...Ref }
    reform { ...Ref date kind }
    mechanism
    explanation
    basis
    confidence
    citations { ...Cite }
  }
}

query Compliance($country: String!) {
  constitutionalCompliance(country: $country) {
    deployment {
      ...Ref
      ...DeploymentSpan
      mission { acronym }
      authorizedBy { id }
    }
    safeguards { ...Ref kind groundedIn { id } }
    legalBasis { ...Ref kind reference adopted }
    citations { ...Cite }
  }
}
`;var on=`# The graph neighbourhood: a node's relationships (never its citations). The view expands
# several nodes in one request by repeating node(id:) { ...Links } under aliases
# (api/graph.js); Neighbours is that request for one node.

query Neighbours($id: ID!) {
  node(id: $id) {
    ...Links
  }
}

query EvidencePath($from: ID!, $to: ID!, $maxHops: Int) {
  evidencePath(from: $from, to: $to, maxHops: $maxHops) {
    relationship
    forward
    node { ...Ref }
  }
}

fragment Links on Node {
  ...Ref
  ... on Country {
    deployments(first: 100) { totalCount nodes { ...Ref } }
    reforms { ...Ref }
    legalInstruments { ...Ref }
    safeguards { ...Ref }
    principles { ...Ref }
    threats { threat { ...Ref } }
    obstacles { ...Ref }
    benefits { ...Ref }
    recommendations { ...Ref }
    events { ...Ref }
  }
  ... on Mission {
    establishedBy { ...Ref }
    contributors { ...Ref }
    deployments(first: 100) { totalCount nodes { ...Ref } }
  }
  ... on Deployment {
    country { ...Ref }
    mission { ...Ref }
    functions { ...Ref }
    authorizedBy { ...Ref }
    constrainedBy { ...Ref }
    catalyzed { reform { ...Ref } }
    partners { ...Ref }
  }
  ... on Reform {
    country { ...Ref }
    instruments { ...Ref }
    drivers { deployment { ...Ref } mission { ...Ref } }
    addresses { ...Ref }
    partners { ...Ref }
  }
  ... on LegalInstrument {
    owner: country { ...Ref }
    safeguards { ...Ref }
    amends { ...Ref }
    amendedBy { ...Ref }
  }
  ... on Safeguard {
    country { ...Ref }
    groundedIn { ...Ref }
    constrains { ...Ref }
    upholds { ...Ref }
  }
  ... on Principle {
    heldBy { ...Ref }
    compatibleWith { ...Ref }
    definedIn { ...Ref }
  }
  ... on Threat {
    perceivedBy { country { ...Ref } }
    definedIn { ...Ref }
  }
  ... on Obstacle { country { ...Ref } overcomeBy { ...Ref } }
  ... on Benefit { country { ...Ref } }
  ... on Recommendation { country { ...Ref } overcomes { ...Ref } }
  ... on Event { owner: country { ...Ref } related { ...Ref } }
}
`;var an=`# Dates and spans: the fields that api/time.js reads, and no other module. Every span bound
# has an explicit status (KNOWN with its date, ONGOING as of a date, UNKNOWN with what bounds
# it); start and end are the known dates only, kept for the places that print them plainly.

fragment BoundFields on Bound {
  status
  date
  asOf
  notBefore
  notAfter
  basis
  derived
}

fragment SpanFields on Span {
  start { ...BoundFields }
  end { ...BoundFields }
}

fragment MissionSpan on Mission {
  start
  end
  span { ...SpanFields }
}

fragment DeploymentSpan on Deployment {
  start
  end
  span { ...SpanFields }
}
`;var sn=`# Fragments shared by the explorer's queries.

# How a related node is shown: its kind, ID and name.
fragment Ref on Node {
  __typename
  id
  ... on Country { iso3 name }
  ... on Mission { acronym name }
  ... on Deployment { title }
  ... on Function { name }
  ... on Reform { title }
  ... on LegalInstrument { title }
  ... on Safeguard { title }
  ... on Principle { name }
  ... on Threat { name }
  ... on Obstacle { title }
  ... on Benefit { title }
  ... on Recommendation { title }
  ... on Event { title }
  ... on Source { title }
}

fragment Cite on Citation {
  locator
  note
  source { id kind title authors publisher year language url }
}

# The evidence of anything Cited: citations, confidence and disputed values.
fragment Evidence on Cited {
  confidence
  citations { ...Cite }
  disputes {
    field
    note
    values { value preferred citations { ...Cite } }
  }
}
`;var rn=`# The citations of what a view shows, for a reference manager: the server's own CSL-JSON and
# BibTeX (the same as the citations exports under /export), for the sources given as nodes (a
# source given as a node is its own citation). 1 to 500 IDs a request.

query Bibliography($nodes: [ID!]!) {
  bibliography(nodes: $nodes, relationships: false) {
    csl
    bibtex
  }
}
`;var go=[Qt,Yt,Zt,en,tn,nn,on,an,sn,rn];function yo(e){let t=new Map,o=/(query|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/g,a;for(;a=o.exec(e);){let s=0,i=e.indexOf("{",a.index);for(;i<e.length;i++)if(e[i]==="{")s++;else if(e[i]==="}"&&--s===0)break;t.set(a[2],{kind:a[1],text:e.slice(a.index,i+1)}),o.lastIndex=i+1}return t}var Ue=new Map;for(let e of go)for(let[t,o]of yo(e))Ue.set(t,o);function ln(e){let t=Ue.get(e);if(!t||t.kind!=="query")throw new Error(`explorer: no query named ${e}`);let o=new Set,a=[],s=i=>{for(let[,l]of i.matchAll(/\.\.\.\s*([A-Za-z_][A-Za-z0-9_]*)/g)){if(l==="on"||o.has(l))continue;let r=Ue.get(l);if(!r)throw new Error(`explorer: query ${e} uses unknown fragment ${l}`);o.add(l),a.push(r.text),s(r.text)}};return s(t.text),[t.text,...a].join(`

`)+`
`}var _e=class extends Error{constructor(t,o,a){super(t),this.errors=o||[],this.status=a,this.code=this.errors[0]?.extensions?.code}},ye=new Map,_o=100;async function se(e,t={},{signal:o}={}){let a=ln(e),s={name:e,query:a,variables:t},i=e+" "+JSON.stringify(t);if(ye.has(i))return{data:ye.get(i),request:s};let l=await fetch(O.endpoint,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:a,variables:t,operationName:e}),signal:o}),r;try{r=await l.json()}catch{throw new _e(`the API answered HTTP ${l.status} without JSON`,[],l.status)}if(r.errors&&r.errors.length>0){let c=r.errors[0],d=c.extensions?.code?` (${c.extensions.code})`:"";throw new _e(`${c.message}${d}`,r.errors,l.status)}if(!l.ok||!r.data)throw new _e(`the API answered HTTP ${l.status}`,[],l.status);return ye.size>=_o&&ye.delete(ye.keys().next().value),ye.set(i,r.data),{data:r.data,request:s}}function mt(e){let t=new URL(O.playground,window.location.href);return t.searchParams.set("query",e.query),e.variables&&Object.keys(e.variables).length>0&&t.searchParams.set("variables",JSON.stringify(e.variables,null,2)),t.searchParams.set("operationName",e.name),t.pathname+t.search}async function cn(e,t,{signal:o}={}){let a=ln(e),s=Ue.get(e).text,i=a.slice(s.length),l=s.slice(s.indexOf("{")+1,s.lastIndexOf("}")).trim(),r=t.map((p,h)=>`$id${h}: ID!`).join(", "),c=t.map((p,h)=>`  n${h}: ${l.replace("$id",`$id${h}`)}`).join(`
`),d=`query ${e}Batch(${r}) {
${c}
}
${i}`,u=Object.fromEntries(t.map((p,h)=>[`id${h}`,p])),b=await fetch(O.endpoint,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},body:JSON.stringify({query:d,variables:u,operationName:`${e}Batch`}),signal:o}),k=await b.json().catch(()=>null);if(!k||k.errors&&k.errors.length){let p=k&&k.errors&&k.errors[0];throw new _e(p?p.message:`the API answered HTTP ${b.status}`,k&&k.errors,b.status)}return{data:t.map((p,h)=>k.data[`n${h}`]),request:{name:`${e}Batch`,query:d,variables:u}}}function Ee(e){let t=JSON.stringify(e),[o,a]=E({loading:!0,data:null,requests:[],error:null});return F(()=>{let s=!0,i=new AbortController;return a(l=>({...l,loading:!0,error:null})),Promise.all(e.map(([l,r])=>se(l,r,{signal:i.signal}))).then(l=>{s&&a({loading:!1,data:l.map(r=>r.data),requests:l.map(r=>r.request),error:null})}).catch(l=>{s&&l.name!=="AbortError"&&a({loading:!1,data:null,requests:[],error:l})}),()=>{s=!1,i.abort()}},[t]),o}function ne(e,t){let o=Ee([[e,t||{}]]);return{...o,data:o.data&&o.data[0],request:o.requests[0]}}function Y(e){F(()=>{e&&(document.title=`${e} \xB7 peacegraph explorer`)},[e])}function je(e){let t=new Map;for(let o of e||[]){if(!o||!o.source)continue;let a=t.get(o.source.id);a||t.set(o.source.id,a={source:o.source,locators:[]}),o.locator&&!a.locators.includes(o.locator)&&a.locators.push(o.locator)}return[...t.values()]}var dn=500;async function ht(e){let t=je(e).map(a=>a.source.id),o={csl:[],bibtex:""};for(let a=0;a<t.length;a+=dn){let{data:s}=await se("Bibliography",{nodes:t.slice(a,a+dn)});o.csl.push(...s.bibliography.csl),o.bibtex+=(o.bibtex&&!o.bibtex.endsWith(`

`)?`
`:"")+s.bibliography.bibtex}return o}function be(e,t,o){let a=o instanceof Blob?o:new Blob([o],{type:t}),s=URL.createObjectURL(a),i=document.createElement("a");i.href=s,i.download=e,document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(s),1e4),window.__explorerLastExport={filename:e,type:t,text:typeof o=="string"?o:null}}function un(e){if(e==null)return"";let t=Array.isArray(e)?e.join("; "):typeof e=="object"?JSON.stringify(e):String(e);return/[",\r\n]/.test(t)||/^\s|\s$/.test(t)?`"${t.replace(/"/g,'""')}"`:t}function bo(e,t){let o=t||[...new Set(e.flatMap(a=>Object.keys(a)))];return[o.map(un).join(","),...e.map(a=>o.map(s=>un(a[s])).join(","))].join(`\r
`)+`\r
`}function pn(e){let t=e.cloneNode(!0);t.setAttribute("xmlns","http://www.w3.org/2000/svg"),t.setAttribute("xmlns:xlink","http://www.w3.org/1999/xlink");let o=e.getBoundingClientRect();t.getAttribute("width")||t.setAttribute("width",Math.round(o.width)),t.getAttribute("height")||t.setAttribute("height",Math.round(o.height));let a=document.createElementNS("http://www.w3.org/2000/svg","rect");a.setAttribute("width","100%"),a.setAttribute("height","100%"),a.setAttribute("fill","white"),t.insertBefore(a,t.firstChild);let s=document.createElementNS("http://www.w3.org/2000/svg","style");return s.textContent='text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;}',t.insertBefore(s,t.firstChild),new XMLSerializer().serializeToString(t)}async function vo(e,t=2){let o=pn(e),a=e.getBoundingClientRect(),s=URL.createObjectURL(new Blob([o],{type:"image/svg+xml"}));try{let i=new Image;await new Promise((c,d)=>{i.onload=c,i.onerror=()=>d(new Error("the chart could not be rasterised")),i.src=s});let l=document.createElement("canvas");l.width=Math.ceil(a.width*t),l.height=Math.ceil(a.height*t);let r=l.getContext("2d");return r.fillStyle="white",r.fillRect(0,0,l.width,l.height),r.scale(t,t),r.drawImage(i,0,0,a.width,a.height),await new Promise(c=>l.toBlob(c,"image/png"))}finally{URL.revokeObjectURL(s)}}var fn={csv:(e,{rows:t,columns:o})=>be(`${e}.csv`,"text/csv",bo(t,o)),json:(e,{json:t,rows:o})=>be(`${e}.json`,"application/json",JSON.stringify(t??o,null,2)+`
`),svg:(e,{svg:t})=>be(`${e}.svg`,"image/svg+xml",pn(t())),png:async(e,{svg:t})=>be(`${e}.png`,"image/png",await vo(t())),csl:async(e,{citations:t})=>be(`${e}.csl.json`,"application/vnd.citationstyles.csl+json",JSON.stringify((await ht(t)).csl,null,2)+`
`),bibtex:async(e,{citations:t})=>be(`${e}.bib`,"application/x-bibtex",(await ht(t)).bibtex)};var wo=Symbol.for("pv"),xo=0;function n(e,t,o,a,s,i){t||(t={});var l,r,c=t;if("ref"in c&&typeof e!="function")for(r in c={},t)r=="ref"?l=t[r]:c[r]=t[r];var d={type:e,props:c,key:o,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:wo,__v:--xo,__i:-1,__u:0};return(s||i)&&(d.__source=s,d.__self=i),R.vnode&&R.vnode(d),d}function ve({typename:e}){let t=te(e);return n("span",{class:"kind",style:{"--kind":t.colour},title:t.label,children:t.label})}function L({node:e,showKind:t=!1,children:o}){if(!e)return null;let a=e.__typename||ge(e.id);return n("a",{class:"entity-link",href:V(e.id),children:[t&&n(ve,{typename:a}),o||M(e)]})}var ko={HIGH:"High confidence",MEDIUM:"Medium confidence",LOW:"Low confidence"};function we({value:e}){return e?n("span",{class:`confidence confidence-${e.toLowerCase()}`,title:"How sure the research dossier is of this fact: source quality and corroboration, not importance",children:ko[e]||e}):null}function xe({citations:e}){return!e||e.length===0?n("p",{class:"muted",children:"No citation."}):n("ol",{class:"citations",children:e.map((t,o)=>n("li",{children:[n(L,{node:{__typename:"Source",...t.source}}),t.source.year?n("span",{class:"muted",children:[" (",t.source.year,")"]}):null,t.locator&&n("span",{class:"locator",children:[", ",t.locator]}),t.note&&n("span",{class:"note",children:[" \u2014 ",t.note]}),t.source.url&&n(U,{children:[" ",n("a",{class:"external",href:t.source.url,target:"_blank",rel:"noopener noreferrer","aria-label":`Open the source document: ${t.source.title}`,children:"source \u2197"})]})]},o))})}function ke({citations:e,id:t}){let[o,a]=E(!1),s=(e||[]).length,i=je(e).length;return s===0?n("span",{class:"muted citation-count",children:"no citation"}):n("div",{class:"citation-toggle",children:[n("button",{type:"button",class:"citation-count","aria-expanded":o?"true":"false","aria-controls":t,onClick:()=>a(!o),title:`${s} citation${s===1?"":"s"} of ${i} source${i===1?"":"s"}`,children:[s," citation",s===1?"":"s"]}),o&&n("div",{id:t,class:"citation-popover",children:n(xe,{citations:e})})]})}function mn({disputes:e}){return!e||e.length===0?null:n("section",{class:"disputes","aria-labelledby":"disputes-h",children:[n("h2",{id:"disputes-h",children:"Where sources disagree"}),e.map(t=>n("div",{class:"dispute",children:[n("h3",{children:n("code",{children:t.field})}),t.note&&n("p",{children:t.note}),n("table",{class:"table",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Value"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Sources"})]})}),n("tbody",{children:t.values.map((o,a)=>n("tr",{children:[n("td",{children:o.value}),n("td",{children:o.preferred?n("strong",{children:"preferred"}):"other value"}),n("td",{children:n(xe,{citations:o.citations})})]},a))})]})]},t.field))]})}function re({requests:e}){let t=(e||[]).filter(Boolean);if(t.length===0)return null;let o=a=>{let s=Object.values(a.variables||{}).filter(i=>typeof i=="string"||Array.isArray(i));return s.length?`${a.name} (${s.flat().join(", ")})`:a.name};return t.length===1?n("a",{class:"button query-link",href:mt(t[0]),target:"_blank",rel:"noopener",title:`Open the GraphQL query ${o(t[0])} in the playground`,children:"Query \u2197"}):n("details",{class:"menu query-menu",children:[n("summary",{class:"button",children:["Queries (",t.length,")"]}),n("ul",{children:t.map((a,s)=>n("li",{children:n("a",{class:"query-link",href:mt(a),target:"_blank",rel:"noopener",children:[o(a)," \u2197"]})},s))})]})}function ue({name:e,rows:t,columns:o,json:a,svg:s,citations:i}){let[l,r]=E(null),c=[];t&&c.push(["csv","Data as CSV"]),(t||a)&&c.push(["json","Data as JSON"]),s&&c.push(["svg","Chart as SVG"],["png","Chart as PNG"]),i&&c.push(["csl",`Citations as CSL-JSON (${je(i).length} sources)`],["bibtex","Citations as BibTeX"]);let d=async u=>{r(null);try{await fn[u](e,{rows:t,columns:o,json:a,svg:s,citations:i})}catch(b){r(`Export failed: ${b.message}`)}};return n("details",{class:"menu export-menu",children:[n("summary",{class:"button",children:"Export"}),n("ul",{children:c.map(([u,b])=>n("li",{children:n("button",{type:"button","data-export":u,onClick:()=>d(u),children:b})},u))}),l&&n("p",{role:"alert",class:"error",children:l})]})}function K({what:e}){return n("p",{class:"loading",role:"status",children:["Loading ",e,"\u2026"]})}function J({error:e}){return n("div",{class:"error-box",role:"alert",children:[n("strong",{children:"The API answered with an error."})," ",e.message]})}function pe({title:e,children:t,requests:o,exportProps:a}){return n("header",{class:"view-header",children:[n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:e}),t&&n("div",{class:"lede",children:t})]}),n("div",{class:"toolbar",children:[n(re,{requests:o}),a&&n(ue,{...a})]})]})}var Co={MEX:"The primary case: should Mexico practise Selective Peacekeeping?",ARG:"Participation as a catalyser of reform and a harmoniser of policy.",JPN:"Legal safeguards that kept participation within Article 9."};function $o({c:e}){return n("article",{class:"case",style:{"--case":ie(e.iso3)},children:[n("h3",{children:[n(L,{node:{__typename:"Country",...e}}),n("span",{class:"muted",children:[" \xB7 ",e.caseRole==="PRIMARY"?"primary case":"comparator"]})]}),n("p",{children:Co[e.iso3]}),n("dl",{class:"counts",children:[n("div",{children:[n("dt",{children:"Deployments"}),n("dd",{children:e.deployments.totalCount})]}),n("div",{children:[n("dt",{children:"Reforms"}),n("dd",{children:e.reforms.length})]}),n("div",{children:[n("dt",{children:"Legal instruments"}),n("dd",{children:e.legalInstruments.length})]}),n("div",{children:[n("dt",{children:"Safeguards"}),n("dd",{children:e.safeguards.length})]})]}),n("p",{class:"case-links",children:[n("a",{href:I("timeline",{countries:e.iso3}),children:"Timeline"})," \xB7 ",n("a",{href:I("graph",{focus:e.id}),children:"Graph"})," \xB7"," ",n("a",{href:I("pathways",{country:e.iso3}),children:"Pathways"})]})]})}function So({text:e}){let[t,o]=E({text:null,hits:[],total:0,next:null,requests:[],error:null,loading:!1}),a=async l=>{o(r=>({...r,loading:!0}));try{let{data:r,request:c}=await se("Search",l?{text:e,after:l}:{text:e}),d=r.searchConnection;o(u=>({text:e,hits:l?[...u.hits,...d.nodes]:d.nodes,total:d.totalCount,next:d.pageInfo.hasNextPage?d.pageInfo.endCursor:null,requests:l?[...u.requests,c]:[c],error:null,loading:!1}))}catch(r){o(c=>({...c,error:r,loading:!1}))}};if(F(()=>{e&&a(null)},[e]),!e)return null;if(t.error)return n(J,{error:t.error});if(t.text!==e)return n(K,{what:"search results"});let s=new Map;for(let l of t.hits){let r=l.node.__typename;s.has(r)||s.set(r,[]),s.get(r).push(l)}let i=[...s.entries()].sort((l,r)=>le.indexOf(l[0])-le.indexOf(r[0]));return n("section",{class:"search-results","aria-live":"polite","aria-labelledby":"results-h",children:[n("div",{class:"section-head",children:[n("h2",{id:"results-h",children:[t.total===0?"No match":`${t.total} match${t.total===1?"":"es"}`," for \u201C",e,"\u201D",t.total>=100?" (the best 100 are ranked)":""]}),n("div",{class:"toolbar",children:[n(re,{requests:t.requests}),n(ue,{name:"search",rows:t.hits.map(l=>({id:l.node.id,kind:l.node.__typename,score:l.score,snippet:l.snippet}))})]})]}),i.map(([l,r])=>n("div",{class:"result-group",children:[n("h3",{children:[te(l).plural," ",n("span",{class:"muted",children:["(",r.length,")"]})]}),n("ul",{children:r.map(c=>n("li",{children:[n(L,{node:c.node}),c.snippet&&c.snippet!==c.node.title&&c.snippet!==c.node.name&&n("span",{class:"snippet",children:[" \u2014 ",c.snippet]})]},c.node.id))})]},l)),t.next&&n("button",{type:"button",class:"button",disabled:t.loading,onClick:()=>a(t.next),children:"More results"})]})}function hn({params:e}){Y("Home");let t=e.get("q")||"",[o,a]=E(t),s=H(null),{data:i,error:l,loading:r,request:c}=ne("Home");F(()=>a(t),[t]);let d=u=>{u.preventDefault(),A({q:o.trim()})};return n("div",{class:"view home",children:[n("header",{class:"view-header",children:[n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:"Selective Peacekeeping: the evidence"}),n("div",{class:"lede study",children:[n("p",{children:["The study argues that Mexico should practise ",n("em",{children:"Selective Peacekeeping"}),": join only selected UN operations and perform only selected functions, so that participation serves its foreign policy and modernises its armed forces against the \u201Cnew threats\u201D it perceives at home (drug trafficking, organised crime, terrorism), once domestic opposition and a tradition of non-involvement are overcome. It compares Argentina, where participation catalysed military reform and harmonised policy, and Japan, where legal safeguards kept participation within Article 9 of its constitution. It finds Mexico\u2019s foreign-policy principles compatible with UN peacekeeping."]}),i&&i.study&&n("p",{class:"muted",children:["Restated from ",n(L,{node:i.study}),"."]})]})]}),n("div",{class:"toolbar",children:n(re,{requests:[c]})})]}),n("form",{class:"search",role:"search",onSubmit:d,children:[n("label",{for:"search-input",children:"Search the graph"}),n("div",{class:"search-row",children:[n("input",{id:"search-input",ref:s,type:"search",value:o,placeholder:"e.g. caecopaz, Art\xEDculo 76, PKO Act, MINUSTAH",onInput:u=>a(u.currentTarget.value),autocomplete:"off",spellcheck:!1}),n("button",{type:"submit",class:"button primary",children:"Search"})]}),n("p",{class:"hint",children:"Accent- and case-insensitive; every word must start a word of the entity\u2019s names, titles or descriptions."})]}),n(So,{text:t}),l&&n(J,{error:l}),r&&!i&&n(K,{what:"the dataset"}),i&&n(U,{children:[n("section",{"aria-labelledby":"cases-h",children:[n("h2",{id:"cases-h",children:"The three cases"}),n("div",{class:"cases",children:[...i.primary,...i.comparators].map(u=>n($o,{c:{...u,id:`country:${u.iso3.toLowerCase()}`}},u.iso3))})]}),n("section",{"aria-labelledby":"views-h",children:[n("h2",{id:"views-h",children:"Views"}),n("ul",{class:"view-cards",children:[n("li",{children:n("a",{href:I("personnel"),children:[n("strong",{children:"Personnel"})," \u2014 the IPI monthly series of the three countries, 1990\u20132014."]})}),n("li",{children:n("a",{href:I("timeline"),children:[n("strong",{children:"Timeline"})," \u2014 deployments against mission lifetimes, with laws, reforms and events."]})}),n("li",{children:n("a",{href:I("compare"),children:[n("strong",{children:"Compare"})," \u2014 the comparison matrix, every cell with its citations."]})}),n("li",{children:n("a",{href:I("pathways"),children:[n("strong",{children:"Pathways & compliance"})," \u2014 participation \u2192 reform; deployment \u2192 safeguard \u2192 legal basis."]})}),n("li",{children:n("a",{href:I("graph",{focus:"country:mex"}),children:[n("strong",{children:"Graph"})," \u2014 a node\u2019s neighbourhood and the evidence path between two entities."]})})]})]}),n("section",{"aria-labelledby":"dataset-h",class:"dataset",children:[n("h2",{id:"dataset-h",children:"The dataset"}),n("dl",{class:"counts wide","data-testid":"dataset-counts",children:[n("div",{children:[n("dt",{children:"Nodes"}),n("dd",{"data-count":"nodes",children:i.datasetInfo.nodes})]}),n("div",{children:[n("dt",{children:"Relationships"}),n("dd",{"data-count":"relationships",children:i.datasetInfo.relationships})]}),n("div",{children:[n("dt",{children:"Sources"}),n("dd",{"data-count":"sources",children:i.datasetInfo.sources})]}),n("div",{children:[n("dt",{children:"Version"}),n("dd",{"data-count":"version",children:n("code",{children:i.datasetInfo.version})})]}),n("div",{children:[n("dt",{children:"Backend"}),n("dd",{"data-count":"backend",children:i.datasetInfo.backend})]})]})]})]})]})}var Ro=/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;function X(e){if(typeof e!="string")return null;let t=Ro.exec(e);if(!t)return null;let o=+t[1];if(t[3]){let a=Date.UTC(o,+t[2]-1,+t[3]);return{text:e,precision:"day",first:new Date(a),next:new Date(a+864e5)}}return t[2]?{text:e,precision:"month",first:new Date(Date.UTC(o,+t[2]-1,1)),next:new Date(Date.UTC(o,+t[2],1))}:{text:e,precision:"year",first:new Date(Date.UTC(o,0,1)),next:new Date(Date.UTC(o+1,0,1))}}var gn=e=>{let t=X(e);return t?{status:"known",date:t}:{status:"unknown",bound:null}};function Fe(e,t){if(!e)return{status:"unknown",bound:null};let o={basis:e.basis||null,derived:!!e.derived};switch(e.status){case"KNOWN":return{status:"known",date:X(e.date),...o};case"ONGOING":return{status:"ongoing",asOf:X(e.asOf),...o};default:return{status:"unknown",bound:X(t==="end"?e.notAfter:e.notBefore),notBefore:X(e.notBefore),notAfter:X(e.notAfter),...o}}}function gt(e){return{start:Fe(e&&e.start,"start"),end:Fe(e&&e.end,"end")}}function Z(e){return e&&e.span?gt(e.span):{start:gn(e.start),end:gn(e.end)}}function We(e){for(let t of["date","adopted","since"])if(e&&typeof e[t]=="string")return X(e[t]);return null}var yn={Mission:["start","end"],Deployment:["start","end"],Reform:["date"],Event:["date"],LegalInstrument:["adopted","inForce"],Safeguard:["since"],ThreatPerception:["since"]};function He(e,t){if(!e)return"unknown";switch(e.status){case"known":return e.date.text;case"ongoing":return`ongoing (as of ${e.asOf.text})`;default:return t==="end"?e.bound?`end unknown (by ${e.bound.text})`:"end unknown":e.bound?`start unknown (from ${e.bound.text})`:"start unknown"}}function oe(e){return`${He(e.start,"start")} \u2013 ${He(e.end,"end")}`}function _n(e,t,o){return o??(e==="Mission"&&t==="end"?"not given (ongoing, or end unknown: see note)":"not given by the sources")}function bn(e,t){let o=[],a=+e.slice(0,4),s=+e.slice(5,7),i=+t.slice(0,4),l=+t.slice(5,7);for(;a<i||a===i&&s<=l;)o.push(`${a}-${String(s).padStart(2,"0")}`),++s>12&&(s=1,a++);return o}function j(e){return e.date.slice(0,7)}function vn(e){let t=Z(e);if(e.span)return t;let o=e.mission?Z(e.mission):null;return o&&(t.end.status==="unknown"&&!t.end.bound&&o.end.status==="known"&&(t.end={...t.end,bound:o.end.date}),t.start.status==="unknown"&&!t.start.bound&&o.start.status==="known"&&(t.start={...t.start,bound:o.start.date})),t}var yt=e=>e.start.status==="known"&&e.end.status==="known";function Ge(e){let t=e.start.status==="known"?e.start.date.first:e.start.bound?e.start.bound.first:null,o=e.end.status==="known"?e.end.date.next:e.end.bound?e.end.bound.next:null;return{lo:t,hi:o}}function ae(e){let t=We(e);return t?t.text:null}var Pe=e=>e.status==="known"?e.date.text:"";var Ve=e=>e.replace(/([a-z])([A-Z])/g,(t,o,a)=>`${o} ${a.toLowerCase()}`).replace(/^./,t=>t.toUpperCase()).replace("Chapter v i i","Chapter VII"),Eo=new Set(["__typename","id","citations","confidence","disputes","facts","names"]),Ke=e=>e&&typeof e=="object"&&typeof e.id=="string"&&e.__typename,Po=e=>e&&typeof e=="object"&&Array.isArray(e.nodes)&&"totalCount"in e,To=e=>Array.isArray(e)&&e.length>0&&e.every(t=>t&&typeof t=="object"&&!Ke(t)&&"citations"in t);function Io(e){let t=[];e.kind&&t.push(z(e.kind)),e.scope&&t.push(z(e.scope)),e.reference&&t.push(e.reference),("start"in e||"end"in e)&&t.push(oe(Z(e)));let o=ae(e);return o&&t.push(o),e.mission&&e.mission.acronym&&t.push(e.mission.acronym),e.country&&e.country.iso3&&t.push(e.country.iso3),t.length?n("span",{class:"muted",children:[" \xB7 ",t.join(" \xB7 ")]}):null}function Ao({items:e}){return e.length===0?n("p",{class:"muted",children:"None in the graph."}):n("ul",{class:"refs",children:e.map(t=>n("li",{children:[n(L,{node:t,showKind:!0}),Io(t)]},t.id))})}function No({field:e,items:t}){return n("table",{class:"table links",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Linked to"}),n("th",{scope:"col",children:"What the evidence says"}),n("th",{scope:"col",children:"Confidence"}),n("th",{scope:"col",children:"Evidence"})]})}),n("tbody",{children:t.map((o,a)=>{let s=Object.values(o).filter(Ke);return n("tr",{children:[n("td",{children:s.map(i=>n("div",{children:n(L,{node:i,showKind:!0})},i.id))}),n("td",{children:[o.mechanism&&n("strong",{children:[z(o.mechanism),". "]}),ae(o)&&n("span",{children:["Since ",ae(o),". "]}),o.explanation||o.note||"",o.disputes&&o.disputes.length>0&&n("p",{class:"muted",children:["Disputed: ",o.disputes.map(i=>i.field).join(", ")]})]}),n("td",{children:n(we,{value:o.confidence})}),n("td",{children:n(ke,{citations:o.citations,id:`${e}-${a}-cites`})})]},a)})})]})}function Do(e,t,o){if((yn[e]||[]).includes(t)){let a=_n(e,t,o);return o==null?n("span",{class:"unknown",children:a}):a}return o==null?n("span",{class:"muted",children:"not given"}):typeof o=="boolean"?o?"yes":"no":Array.isArray(o)?o.length?o.map(z).join(", "):n("span",{class:"muted",children:"none stated"}):typeof o=="string"&&/^[A-Z][A-Z0-9_]+$/.test(o)?z(o):typeof o=="string"&&/^https?:\/\//.test(o)?n("a",{href:o,target:"_blank",rel:"noopener noreferrer",class:"external",children:[o," \u2197"]}):String(o)}function Lo({node:e,after:t}){let o=e.__typename,a=[],s=[],i=[],l=[];for(let[r,c]of Object.entries(e))if(!Eo.has(r))if(r==="selectivity"&&c)l.push(n("section",{"aria-labelledby":"sel-h",children:[n("h2",{id:"sel-h",children:"Selectivity, all years"}),n("p",{children:["Joined ",n("strong",{children:c.missionsJoined})," of the ",n("strong",{children:c.missionsActive})," missions in the graph active while it deployed (share"," ",(c.share*100).toFixed(0),"%). ",n("a",{href:I("compare",{countries:e.iso3}),children:"Compare"})]})]},r));else if((r==="span"||r==="inForceSpan")&&c)a.push([r,oe(gt(c))]);else if(r==="withdrawal")c&&a.push([r,He(Fe(c,"end"),"end")]);else if(r==="personnelCoverage"){if(!c)continue;let d=c.gaps.map(b=>`no data ${b.from} to ${b.to}`),u=c.columns.map(b=>`${b.column} from ${b.from}`);a.push([r,[`${c.from} to ${c.to}`,...d,...u].join("; ")])}else if(r==="personnelSeries"){if(c.length===0)continue;let d=c.reduce((u,b)=>b.total>u.total?b:u,c[0]);l.push(n("section",{"aria-labelledby":"ps-h",children:[n("h2",{id:"ps-h",children:"Personnel series"}),n("p",{children:[c.length," monthly IPI figures, ",j(c[0])," to ",j(c[c.length-1]),"; peak ",d.total," (",j(d),")."," ",n("a",{href:I("personnel",{countries:e.iso3}),children:"Draw it"})]})]},r))}else if(Po(c))s.push([r,c.nodes,c]);else if(To(c))i.push([r,c]);else if(Array.isArray(c)&&(c.length===0||Ke(c[0])))s.push([r,c]);else if(Ke(c))s.push([r,[c]]);else{if(c&&typeof c=="object"&&!Array.isArray(c))continue;a.push([r,c])}return n(U,{children:[n("section",{"aria-labelledby":"fields-h",children:[n("h2",{id:"fields-h",children:"Fields"}),n("table",{class:"table fields",children:n("tbody",{children:[n("tr",{children:[n("th",{scope:"row",children:"ID"}),n("td",{children:n("code",{children:e.id})})]}),a.map(([r,c])=>n("tr",{children:[n("th",{scope:"row",children:Ve(r)}),n("td",{class:r==="description"||r==="summary"||r==="note"?"prose":"",children:Do(o,r,c)})]},r)),e.names&&e.names.length>0&&n("tr",{children:[n("th",{scope:"row",children:"Names"}),n("td",{children:e.names.map(r=>n("div",{lang:r.lang,children:[n("span",{class:"muted",children:[r.lang,":"]})," ",r.value]},r.lang+r.value))})]}),e.facts&&e.facts.length>0&&n("tr",{children:[n("th",{scope:"row",children:"Dossier facts"}),n("td",{children:n("code",{children:e.facts.join(", ")})})]})]})})]}),l,(s.length>0||i.length>0)&&n("section",{"aria-labelledby":"rels-h",children:[n("h2",{id:"rels-h",children:"Relationships"}),i.map(([r,c])=>n("div",{class:"rel",children:[n("h3",{children:[Ve(r)," ",n("span",{class:"muted",children:["(",c.length,")"]})]}),n(No,{field:r,items:c})]},r)),s.map(([r,c,d])=>n("div",{class:"rel",children:[n("h3",{children:[Ve(r)," ",n("span",{class:"muted",children:["(",d?d.totalCount:c.length,")"]})]}),n(Ao,{items:c}),d&&(d.pageInfo.hasNextPage||t)&&n("p",{class:"pager",children:[t&&n("a",{href:V(e.id),children:"\u2190 first page"})," ",d.pageInfo.hasNextPage&&n("a",{href:`${V(e.id)}?after=${encodeURIComponent(d.pageInfo.endCursor)}`,children:["next ",Ve(r).toLowerCase()," \u2192"]})]})]},r))]}),"citations"in e&&n("section",{"aria-labelledby":"cites-h",children:[n("h2",{id:"cites-h",children:["Citations ",n("span",{class:"muted",children:["(",e.citations.length,")"]})]}),n(xe,{citations:e.citations})]}),n(mn,{disputes:e.disputes})]})}function wn({id:e,params:t}){let o=ge(e),a=t.get("after")||void 0,s=a&&(o==="Country"||o==="Mission")?{id:e,after:a}:{id:e},{data:i,error:l,loading:r,request:c}=ne(o?`Entity${o}`:"EntityAny",s),d=i&&i.node;if(Y(d?M(d):e),l)return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:e}),n(J,{error:l})]});if(r&&!d)return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:e}),n(K,{what:e})]});if(!d)return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:["No entity ",e]}),n("p",{children:["The graph has no node with this ID. ",n("a",{href:I("",{q:e.split(":").pop()}),children:"Search for it"}),"."]})]});let u=te(d.__typename),b=d.citations||[];return n("div",{class:"view entity","data-entity":d.id,children:[n(pe,{title:M(d),requests:[c],exportProps:{name:d.id.replace(/[:/]/g,"-"),json:d,citations:b},children:[n("p",{class:"entity-meta",children:[n(ve,{typename:d.__typename})," ",n("code",{children:d.id})," ",n(we,{value:d.confidence}),b.length>0&&n("span",{class:"muted",children:[" \xB7 ",b.length," citation",b.length===1?"":"s"]})]}),n("p",{class:"entity-actions",children:[n("a",{href:I("graph",{focus:d.id}),children:"Neighbourhood graph"}),d.__typename==="Country"&&n(U,{children:[" \xB7 ",n("a",{href:I("timeline",{countries:d.iso3}),children:"Timeline"})," \xB7 ",n("a",{href:I("pathways",{country:d.iso3}),children:"Pathways"})]})," \xB7 ",n("span",{class:"muted",children:"Cite this page: "}),n("code",{class:"cite-url",children:window.location.origin+V(d.id)})]})]}),n(Lo,{node:d,after:a}),n("p",{class:"muted kind-note",children:[u.label," page."]})]})}var _t;function xn(){return _t||(_t=import("./chunk-YKXE4MUL.js")),_t}function kn(e){if(O.nonce){for(let t of e.querySelectorAll("style"))t.setAttribute("nonce",O.nonce);e.tagName&&e.tagName.toLowerCase()==="style"&&e.setAttribute("nonce",O.nonce)}return e}var Je={fontSize:"13px",fontFamily:'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',overflow:"visible"};function Cn(e,t,o="#9a9a9a"){let a="http://www.w3.org/2000/svg",s=document.createElementNS(a,"defs"),i=document.createElementNS(a,"pattern");i.setAttribute("id",t),i.setAttribute("width","6"),i.setAttribute("height","6"),i.setAttribute("patternUnits","userSpaceOnUse"),i.setAttribute("patternTransform","rotate(45)");let l=document.createElementNS(a,"rect");l.setAttribute("width","6"),l.setAttribute("height","6"),l.setAttribute("fill","#f3f3f3");let r=document.createElementNS(a,"line");r.setAttribute("x1","0"),r.setAttribute("y1","0"),r.setAttribute("x2","0"),r.setAttribute("y2","6"),r.setAttribute("stroke",o),r.setAttribute("stroke-width","1.5"),i.append(l,r),s.append(i);let c=e.tagName.toLowerCase()==="svg"?e:e.querySelector("svg");return c.insertBefore(s,c.firstChild),`url(#${t})`}function Xe({build:e,deps:t,label:o,onDrawn:a,className:s}){let i=H(null),[l,r]=E(null);return F(()=>{let c=!0;return xn().then(d=>{if(!c||!i.current)return;let u=kn(e(d));i.current.replaceChildren(u),i.current.dataset.drawn="true",a&&a(u)}).catch(d=>{console.error(d),c&&r(d)}),()=>{c=!1}},t),n("figure",{class:`chart ${s||""}`,"aria-label":o,children:[n("div",{ref:i,class:"chart-body"}),l&&n("p",{role:"alert",class:"error",children:["The chart could not be drawn: ",l.message]})]})}var Ce=[{key:"troops",label:"Troops",colour:G.blue},{key:"police",label:"Police",colour:G.orange},{key:"experts",label:"Experts on mission",colour:G.purple}],$n=["MEX","ARG","JPN"],Mo=(e,t)=>(e?.columns||[]).find(o=>o.column===t)?.from?.slice(0,7),bt=(e,t,o,a)=>{if(a!=null)return String(a);let s=Mo(e,t);return s&&o<s?`not counted (the series counts them from ${s})`:"none reported"};function Oo(e,t){let o=a=>t>=a.from.slice(0,7)&&t<=a.to.slice(0,7);return!!e&&o(e)&&!e.gaps.some(o)}function qo(e,t,o){let a=[],s=null;for(let i of e)!t.has(i)||!Oo(o,i)?s?s.to=i:s={from:i,to:i}:s&&(a.push(s),s=null);return s&&a.push(s),a.map(i=>({...i,x1:X(i.from).first,x2:X(i.to).next}))}function Sn(e){return e.citations.map(t=>`${t.source.title}${t.locator?` (${t.locator})`:""}`).join("; ")}function Bo({country:e,domain:t,yMax:o,mode:a,chartRefs:s}){let i=e.personnelSeries,l=e.personnelCoverage,r=new Set(i.map(j)),c=qo(t,r,l),d=X(t[0]).first,u=X(t[t.length-1]).next,b=[];for(let _ of i){let f=j(_),x=X(f).first,g=X(f).next;if(a==="total")b.push({month:f,x1:x,x2:g,category:"Total",value:_.total,p:_});else for(let y of Ce)_[y.key]!=null&&b.push({month:f,x1:x,x2:g,category:y.label,value:_[y.key],p:_})}let k=`hatch-${e.iso3}`,p=_=>{let f=_.plot({style:Je,width:1100,height:220,marginLeft:56,marginRight:20,x:{type:"utc",domain:[d,u],label:null},y:{label:a==="total"?"Uniformed personnel (total)":"Uniformed personnel",grid:!0,domain:o?[0,o]:void 0,nice:!0},color:{domain:a==="total"?["Total"]:Ce.map(g=>g.label),range:a==="total"?[ie(e.iso3)]:Ce.map(g=>g.colour)},marks:[_.rect(c,{x1:"x1",x2:"x2",fill:"#eeeeee",ariaLabel:g=>`no figure: ${g.from} to ${g.to}`,className:"gap"}),_.rectY(b,_.stackY({x1:"x1",x2:"x2",y:"value",fill:"category",order:a==="total"?null:Ce.map(g=>g.label),ariaLabel:g=>`${g.month} ${g.category}: ${g.value}`,insetLeft:.2,insetRight:.2})),_.ruleY([0]),_.tip(i,_.pointerX({x:g=>X(j(g)).first,y:g=>g.total,title:g=>`${j(g)} \xB7 ${e.name}
Troops: ${bt(l,"troops",j(g),g.troops)}
Police: ${bt(l,"police",j(g),g.police)}
Experts on mission: ${bt(l,"experts",j(g),g.experts)}
Total: ${g.total}
Source: ${Sn(g)}`,lineWidth:40}))]}),x=Cn(f,k);for(let g of f.querySelectorAll('g.gap rect, g[aria-label="rect"] rect[aria-label^="no figure"]'))g.setAttribute("fill",x);return f.setAttribute("role","img"),f.setAttribute("aria-label",`${e.name}: monthly uniformed personnel in UN peacekeeping (IPI), ${t[0]} to ${t[t.length-1]}; hatched months have no figure`),f.dataset.country=e.iso3,f},h=i.reduce((_,f)=>f.total>_.total?f:_,i[0]||{total:0});return n("section",{class:"series","aria-labelledby":`ps-${e.iso3}`,children:[n("h2",{id:`ps-${e.iso3}`,children:[n("span",{class:"swatch",style:{background:ie(e.iso3)},"aria-hidden":"true"}),n(L,{node:{__typename:"Country",id:`country:${e.iso3.toLowerCase()}`,name:e.name}}),n("span",{class:"muted series-sub",children:i.length===0?" \xB7 no IPI figures":` \xB7 ${i.length} months with figures, ${j(i[0])} to ${j(i[i.length-1])}; peak ${h.total} (${j(h)})`})]}),n(Xe,{build:p,deps:[e.iso3,a,o,t.length],label:`${e.name} personnel chart`,onDrawn:_=>s.current[e.iso3]=_}),l&&n("p",{class:"muted coverage","data-coverage":e.iso3,children:["Coverage: ",l.from," to ",l.to,l.gaps.length?`, except ${l.gaps.map(_=>`${_.from} to ${_.to}`).join(", ")}`:"",".",l.columns.map(_=>` ${Ce.find(f=>f.key===_.column)?.label||_.column} counted from ${_.from}: ${_.note||"not counted before"}.`),l.note?` ${l.note}`:""]})]})}function Rn({params:e}){Y("Personnel");let t=(e.get("countries")||$n.join(",")).split(",").filter(f=>/^[A-Za-z]{3}$/.test(f)).map(f=>f.toUpperCase()),o=e.get("show")==="total"?"total":"categories",a=e.get("scale")==="shared",{data:s,error:i,loading:l,requests:r}=Ee(t.map(f=>["PersonnelSeries",{country:f}])),c=H({}),d=(s||[]).map(f=>f.country).filter(Boolean),u=d.filter(f=>f.personnelSeries.length>0),b=[];if(u.length){let f=u.map(g=>j(g.personnelSeries[0])).sort(),x=u.map(g=>j(g.personnelSeries[g.personnelSeries.length-1])).sort();b=bn(f[0],x[x.length-1])}let k=a?Math.max(...u.flatMap(f=>f.personnelSeries.map(x=>x.total))):null,p=d.flatMap(f=>f.personnelSeries.map(x=>({country:f.iso3,month:j(x),troops:x.troops,police:x.police,experts:x.experts,total:x.total,confidence:x.confidence,sources:Sn(x)}))),h=d.flatMap(f=>f.personnelSeries.flatMap(x=>x.citations)),_=f=>A({countries:t.includes(f)?t.filter(x=>x!==f):[...t,f]});return n("div",{class:"view personnel",children:[n(pe,{title:"Uniformed personnel in UN peacekeeping",requests:r,exportProps:{name:"personnel",rows:p,columns:["country","month","troops","police","experts","total","confidence","sources"],svg:()=>Object.values(c.current)[0],citations:h},children:n("p",{children:["Monthly figures from the IPI Peacekeeping Database, by country and category. A month without a figure is ",n("span",{class:"hatch-key","aria-hidden":"true"})," hatched: the data have no row for it, which is not the same as zero. Within a month, a category the source reports as NA is drawn as none. Later deployments are on the"," ",n("a",{href:I("timeline"),children:"timeline"}),"."]})}),n("div",{class:"controls",role:"group","aria-label":"Chart options",children:[n("fieldset",{children:[n("legend",{children:"Countries"}),$n.map(f=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:t.includes(f),onChange:()=>_(f)})," ",f]},f))]}),n("fieldset",{children:[n("legend",{children:"Show"}),n("label",{class:"check",children:[n("input",{type:"radio",name:"show",checked:o==="categories",onChange:()=>A({show:null})})," By category"]}),n("label",{class:"check",children:[n("input",{type:"radio",name:"show",checked:o==="total",onChange:()=>A({show:"total"})})," Total"]})]}),n("fieldset",{children:[n("legend",{children:"Vertical scale"}),n("label",{class:"check",children:[n("input",{type:"radio",name:"scale",checked:!a,onChange:()=>A({scale:null})})," Per country"]}),n("label",{class:"check",children:[n("input",{type:"radio",name:"scale",checked:a,onChange:()=>A({scale:"shared"})})," Shared"]})]}),o==="categories"&&n("ul",{class:"legend","aria-label":"Legend",children:[Ce.map(f=>n("li",{children:[n("span",{class:"swatch",style:{background:f.colour},"aria-hidden":"true"})," ",f.label]},f.key)),n("li",{children:[n("span",{class:"swatch hatch-key","aria-hidden":"true"})," No figure"]})]})]}),i&&n(J,{error:i}),l&&!s&&n(K,{what:"the personnel series"}),s&&d.map(f=>n(Bo,{country:f,domain:b,yMax:k,mode:o,chartRefs:c},f.iso3)),s&&n("p",{class:"muted coverage",children:["Coverage: the IPI series here run from ",b[0]," to ",b[b.length-1],". Figures are the personnel a country had deployed at the end of each month."]})]})}var vt=["MEX","ARG","JPN"];function he({selected:e,onChange:t,max:o=8,single:a=!1}){let{data:s}=ne("Countries"),i=s&&s.countries||[],l=d=>(i.find(u=>u.iso3===d)||{}).name||d,r=d=>t(e.includes(d)?e.filter(u=>u!==d):[...e,d].slice(0,o)),c=i.filter(d=>!vt.includes(d.iso3));return a?n("fieldset",{children:[n("legend",{children:"Country"}),n("select",{"aria-label":"Country",value:e[0],onChange:d=>t([d.currentTarget.value]),children:[...vt.map(d=>({iso3:d,name:l(d)})),...c].map(d=>n("option",{value:d.iso3,children:[d.name," (",d.iso3,")"]},d.iso3))})]}):n("fieldset",{children:[n("legend",{children:"Countries"}),[...new Set([...vt,...e])].map(d=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:e.includes(d),onChange:()=>r(d)})," ",l(d)]},d)),c.length>0&&e.length<o&&n("select",{"aria-label":"Add a country",value:"",onChange:d=>d.currentTarget.value&&r(d.currentTarget.value),children:[n("option",{value:"",children:"Add a country\u2026"}),c.filter(d=>!e.includes(d.iso3)).map(d=>n("option",{value:d.iso3,children:d.name},d.iso3))]})]})}var Ye=[{kind:"LEGAL_INSTRUMENT",lane:"Legal instruments",symbol:"diamond",colour:"#D55E00"},{kind:"REFORM",lane:"Reforms",symbol:"square",colour:"#009E73"},{kind:"EVENT",lane:"Events",symbol:"circle",colour:"#4d4d4d"}],En=22;function Pn(e,t){let o=e.title.replace(new RegExp(`^${t} in `),"");return o.length>36?o.slice(0,34)+"\u2026":o}var Qe=e=>({href:t=>e(t).href,ariaLabel:t=>e(t).ariaLabel,title:t=>e(t).title});function zo(e){let t=e.deployments.nodes.map(a=>({d:a,s:vn(a),m:Z(a.mission)})),o=a=>a.s.start.status==="known"?a.s.start.date.first.getTime():a.s.start.bound?a.s.start.bound.first.getTime()+1:1/0;return t.sort((a,s)=>o(a)-o(s)||a.d.id.localeCompare(s.d.id)),t.map(a=>({...a,key:Pn(a.d,e.iso3)+"\u200B".repeat(0),label:Pn(a.d,e.iso3)}))}function Uo(e){let t=[e.d.title,`Deployment: ${oe(e.s)}`,`${e.d.mission.acronym}: ${oe(e.m)}`];return e.d.peakStrength&&t.push(`Peak strength: ${e.d.peakStrength}`),e.d.personnel.length&&t.push(`Personnel: ${e.d.personnel.map(z).join(", ")}`),t.join(`
`)}function jo({data:e,domain:t,lanes:o,chartRefs:a}){let s=e.country,i=ie(s.iso3),l=zo(s),r=new Map;for(let v of l){let D=r.get(v.label)||0;r.set(v.label,D+1),v.key=D?`${v.label} (${D+1})`:v.label}let c=e.timeline.filter(v=>o.includes(v.kind)).map(v=>({e:v,date:We(v),lane:Ye.find(D=>D.kind===v.kind)})),d=v=>v&&v.first>=t[0]&&v.first<t[1],u=c.filter(v=>d(v.date)),b=c.length-u.length,k=c.filter(v=>v.e.kind==="LEGAL_INSTRUMENT").flatMap(v=>(v.e.node.lifecycle||[]).map(D=>({x:v,stage:D.stage,date:We(D)}))).filter(v=>d(v.date)),p=Ye.filter(v=>o.includes(v.kind)).map(v=>v.lane),h=l.filter(v=>yt(v.s)),_=l.filter(v=>!yt(v.s)),[f,x]=t,g=v=>v<f?f:v>x?x:v,y=v=>v.s.start.status==="known",C=v=>v.s.end.status==="known",m=_.filter(v=>{let D=Ge(v.s);return D.lo!=null&&D.hi!=null&&(y(v)||C(v))}),S=_.filter(v=>!m.includes(v)&&(y(v)||C(v))),P=_.filter(v=>!y(v)&&!C(v)),$=v=>Math.max(v.m.start.date.next,...[v.s.start,v.s.end].filter(D=>D.status==="known").map(D=>D.date.next)),T=l.filter(v=>v.m.start.status==="known").map(v=>({r:v,x1:v.m.start.date.first,x2:v.m.end.status==="known"?v.m.end.date.next:new Date($(v)),open:v.m.end.status!=="known"})),N={insetTop:2,insetBottom:2},W=v=>({href:V(v.d.id),ariaLabel:v.d.id,title:Uo(v)}),ee=v=>{let D=v.plot({style:Je,width:1100,height:40+En*(l.length+p.length)+20,marginLeft:270,marginRight:40,marginTop:30,x:{type:"utc",domain:t,label:null,grid:!0,axis:"top"},y:{domain:[...p,...l.map(w=>w.key)],label:null,tickSize:0,padding:.25},marks:[v.barX(T,{y:w=>w.r.key,x1:w=>g(w.x1),x2:w=>g(w.x2),fill:"#e2e2e2",title:w=>`${w.r.d.mission.acronym}: ${oe(w.r.m)}`,className:"mission-life"}),v.text(T.filter(w=>w.open&&w.x2<x&&!S.includes(w.r)&&!P.includes(w.r)),{y:w=>w.r.key,x:w=>w.x2,text:()=>"\u2508 ?",dx:3,textAnchor:"start",fill:"#777",fontWeight:"bold",title:w=>`${w.r.d.mission.acronym}: end not given (ongoing, or unknown)`}),v.barX(h,{y:"key",x1:w=>g(w.s.start.date.first),x2:w=>g(w.s.end.date.next),fill:i,className:"deployment known",...N,...Qe(W)}),v.barX(m,{y:"key",x1:w=>g(Ge(w.s).lo),x2:w=>g(Ge(w.s).hi),fill:i,fillOpacity:.14,stroke:i,strokeDasharray:"5,3",strokeWidth:1.5,className:"deployment bounded",...N,...Qe(W)}),v.tickX(_.filter(y),{y:"key",x:w=>g(w.s.start.date.first),stroke:i,strokeWidth:4,...N}),v.tickX(_.filter(C),{y:"key",x:w=>g(w.s.end.date.next),stroke:i,strokeWidth:4,...N}),v.text(S,{y:"key",x:w=>g(y(w)?w.s.start.date.first:w.s.end.date.next),text:w=>y(w)?"\u2508 end ?":"start ? \u2508",dx:w=>y(w)?5:-5,textAnchor:w=>y(w)?"start":"end",fill:i,fontWeight:"bold",className:"deployment open",...Qe(W)}),v.text(P,{y:"key",x:w=>w.m.start.status==="known"?g(w.m.start.date.first):f,text:()=>"dates not given",dx:4,textAnchor:"start",fill:"#444",fontStyle:"italic",className:"deployment undated",...Qe(W)}),v.tickX(k,{x:w=>w.date.first,y:w=>w.x.lane.lane,stroke:"#D55E00",strokeWidth:1.5,insetTop:4,insetBottom:4,href:w=>V(w.x.e.node.id),ariaLabel:w=>`stage ${w.stage} ${w.x.e.node.id} ${w.date.text}`,title:w=>`${w.date.text} \xB7 ${z(w.stage).toLowerCase()}
${w.x.e.title}`,className:"lifecycle-stage"}),v.dot(u,{x:w=>w.date.first,y:w=>w.lane.lane,symbol:w=>w.lane.symbol,fill:w=>w.lane.colour,r:4.5,stroke:"white",strokeWidth:.8,href:w=>V(w.e.node.id),ariaLabel:w=>`${w.e.kind.toLowerCase()} ${w.e.node.id}`,title:w=>`${w.date.text} \xB7 ${w.lane.lane.replace(/s$/,"")}
${w.e.title}`,className:"timeline-mark"}),v.ruleY(p.length?[p[p.length-1]]:[],{dy:En/2+1,stroke:"#ccc"})]});return D.setAttribute("role","img"),D.setAttribute("aria-label",`${s.name}: ${l.length} deployments against their missions' lifetimes, with ${u.length} dated laws, reforms and events and ${k.length} dated stages of laws`),D.dataset.from=t[0].toISOString().slice(0,10),D.dataset.to=t[1].toISOString().slice(0,10),D.dataset.country=s.iso3,D},Q=s.deployments.pageInfo.hasNextPage;return n("section",{class:"timeline-country","aria-labelledby":`tl-${s.iso3}`,children:[n("h2",{id:`tl-${s.iso3}`,children:[n("span",{class:"swatch",style:{background:i},"aria-hidden":"true"}),n(L,{node:{__typename:"Country",id:`country:${s.iso3.toLowerCase()}`,name:s.name}}),n("span",{class:"muted series-sub",children:[" ","\xB7 ",s.deployments.totalCount," deployments (",h.length," with both dates known) \xB7 ",u.length," laws, reforms and events",b?` (${b} more outside these years)`:""," \xB7 ",k.length," dated stages of laws",Q?` \xB7 showing the first ${s.deployments.nodes.length}`:""]})]}),n(Xe,{build:ee,deps:[s.iso3,t[0].getTime(),t[1].getTime(),o.join()],label:`${s.name} timeline`,onDrawn:v=>a.current[s.iso3]=v})]})}function Tn({params:e}){Y("Timeline");let t=(e.get("countries")||"MEX,ARG,JPN").split(",").filter(f=>/^[A-Za-z]{3}$/.test(f)).map(f=>f.toUpperCase()),o=(e.get("marks")||"LEGAL_INSTRUMENT,REFORM,EVENT").split(",").filter(f=>Ye.some(x=>x.kind===f)),a=parseInt(e.get("from")||"",10),s=parseInt(e.get("to")||"",10),{data:i,error:l,loading:r,requests:c}=Ee(t.map(f=>["TimelineCountry",{country:f}])),d=H({}),u=(i||[]).filter(f=>f.country),b=1/0,k=-1/0;for(let f of u)for(let x of f.country.deployments.nodes)for(let g of[Z(x),Z(x.mission)])for(let y of[g.start,g.end])y.status==="known"&&(b=Math.min(b,y.date.first),k=Math.max(k,y.date.next));let p=[new Date(Number.isFinite(a)?Date.UTC(a,0,1):Number.isFinite(b)?Date.UTC(new Date(b).getUTCFullYear(),0,1):Date.UTC(1945,0,1)),new Date(Number.isFinite(s)?Date.UTC(s+1,0,1):Number.isFinite(k)?Date.UTC(new Date(k).getUTCFullYear()+1,0,1):Date.UTC(2025,0,1))],h=u.flatMap(f=>f.country.deployments.nodes.map(x=>{let g=Z(x);return{country:f.country.iso3,id:x.id,title:x.title,mission:x.mission.acronym,start:Pe(g.start),end:Pe(g.end),startStatus:g.start.status,endStatus:g.end.status,missionStart:Pe(Z(x.mission).start),missionEnd:Pe(Z(x.mission).end),peakStrength:x.peakStrength}})),_=f=>A({marks:o.includes(f)?o.filter(x=>x!==f):[...o,f]});return n("div",{class:"view timeline",children:[n(pe,{title:"Deployments over time",requests:c,exportProps:{name:"timeline",rows:h,columns:["country","id","title","mission","start","startStatus","end","endStatus","missionStart","missionEnd","peakStrength"],json:i,svg:()=>Object.values(d.current)[0]},children:n("p",{children:["Each row is a deployment over its mission\u2019s lifetime (grey). A solid bar has both dates in the sources. When one end is not given, a"," ",n("span",{class:"dash-key","aria-hidden":"true"})," dashed bar runs only as far as the mission allows, with a thick tick at the date that is known, or \u201C\u2508 end ?\u201D when not even the mission bounds it; \u201Cdates not given\u201D when neither is known. Where a mission\u2019s end is not given (ongoing, or unknown), its grey stops at the last date the row knows, followed by \u201C\u2508 ?\u201D: nothing is drawn \u201Cuntil today\u201D. A law\u2019s dated stages (half-sanction, promulgation, publication, entry into force, amendment, repeal) are thin ticks on its lane (hover for the stage); a stage the sources do not date is not drawn. Click a bar or a mark to open its page."]})}),n("div",{class:"controls",role:"group","aria-label":"Timeline options",children:[n(he,{selected:t,onChange:f=>A({countries:f})}),n("fieldset",{children:[n("legend",{children:"Marks"}),Ye.map(f=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:o.includes(f.kind),onChange:()=>_(f.kind)})," ",f.lane]},f.kind))]}),n("fieldset",{children:[n("legend",{children:"Years"}),n("label",{class:"inline",children:["from ",n("input",{type:"number",min:"1940",max:"2030",value:Number.isFinite(a)?a:"",placeholder:p[0].getUTCFullYear(),onChange:f=>A({from:f.currentTarget.value}),"aria-label":"From year"})]}),n("label",{class:"inline",children:["to ",n("input",{type:"number",min:"1940",max:"2030",value:Number.isFinite(s)?s:"",placeholder:p[1].getUTCFullYear()-1,onChange:f=>A({to:f.currentTarget.value}),"aria-label":"To year"})]})]})]}),l&&n(J,{error:l}),r&&!i&&n(K,{what:"the timeline"}),u.map(f=>n(jo,{data:f,domain:p,lanes:o,chartRefs:d},f.country.iso3))]})}var In=e=>e.replace(/([a-z])([A-Z])/g,(t,o,a)=>`${o} ${a.toLowerCase()}`).replace(/^./,t=>t.toUpperCase());function Fo({cell:e,dimension:t}){let[o,a]=E(!1),s=`cell-${t}-${e.country.iso3}`;return e.empty?n("td",{"data-dimension":t,"data-country":e.country.iso3,class:"empty",children:n("span",{class:"muted",children:"No sourced data"})}):n("td",{"data-dimension":t,"data-country":e.country.iso3,children:[n("ul",{class:"values",children:e.values.map((i,l)=>n("li",{children:i},l))}),n("div",{class:"cell-evidence",children:[n(ke,{citations:e.citations,id:`${s}-cites`}),e.nodes.length>0&&n("button",{type:"button",class:"link-button","aria-expanded":o?"true":"false",onClick:()=>a(!o),children:["from ",e.nodes.length," entit",e.nodes.length===1?"y":"ies"]})]}),o&&n("ul",{class:"refs compact",children:e.nodes.map(i=>n("li",{children:n(L,{node:i,showKind:!0})},i.id))})]})}function An({params:e}){Y("Compare");let t=(e.get("countries")||"MEX,ARG,JPN").split(",").filter(h=>/^[A-Za-z]{3}$/.test(h)).map(h=>h.toUpperCase()),o=e.get("dims"),{data:a,error:s,loading:i,request:l}=ne("Compare",{countries:t}),r=a&&a.compare,c=r?r.rows.map(h=>h.dimension):[],d=o?o.split(",").filter(h=>c.includes(h)):c,u=r?r.rows.filter(h=>d.includes(h.dimension)):[],b=u.flatMap(h=>h.cells.map(_=>({dimension:h.dimension,country:_.country.iso3,empty:_.empty,values:_.values,entities:_.nodes.map(f=>f.id),citations:_.citations.length}))),k=u.flatMap(h=>h.cells.flatMap(_=>_.citations)),p=h=>{let _=d.includes(h)?d.filter(f=>f!==h):c.filter(f=>d.includes(f)||f===h);A({dims:_.length===c.length?null:_.length?_:["none"]})};return n("div",{class:"view compare",children:[n(pe,{title:"The comparison matrix",requests:[l],exportProps:{name:"compare",rows:b,columns:["dimension","country","empty","values","entities","citations"],json:r&&{countries:r.countries,rows:u},citations:k},children:n("p",{children:"One row per dimension, one column per country. Each cell lists its values and the citations they rest on (click the count); an empty cell means the graph holds no sourced data, never zero."})}),n("div",{class:"controls",role:"group","aria-label":"Matrix options",children:[n(he,{selected:t,onChange:h=>A({countries:h}),max:6}),r&&n("fieldset",{class:"dims",children:[n("legend",{children:"Dimensions"}),r.rows.map(h=>n("label",{class:"check",title:h.description,children:[n("input",{type:"checkbox",checked:d.includes(h.dimension),onChange:()=>p(h.dimension)})," ",In(h.dimension)]},h.dimension)),n("button",{type:"button",class:"link-button",onClick:()=>A({dims:null}),children:"all"})]})]}),s&&n(J,{error:s}),i&&!r&&n(K,{what:"the comparison"}),r&&n("div",{class:"table-wrap",children:n("table",{class:"table matrix","aria-label":"Comparison matrix",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Dimension"}),r.countries.map(h=>n("th",{scope:"col",style:{"--case":ie(h.iso3)},class:"country-col",children:n(L,{node:h})},h.id))]})}),n("tbody",{children:u.map(h=>n("tr",{"data-row":h.dimension,children:[n("th",{scope:"row",children:[n("div",{class:"dim",children:In(h.dimension)}),n("div",{class:"muted dim-desc",children:h.description})]}),h.cells.map(_=>n(Fo,{cell:_,dimension:h.dimension},_.country.iso3))]},h.dimension))})]})})]})}var Nn,Ho=()=>Nn||(Nn=import("./chunk-RIATGMC6.js"));function Te({draw:e,deps:t,label:o,onDrawn:a}){let s=H(null),[i,l]=E(null);return F(()=>{let r=!0;return Ho().then(c=>{if(!r||!s.current)return;let d=e(c,s.current);s.current.dataset.drawn="true",a&&a(d)}).catch(c=>{console.error(c),r&&l(c)}),()=>{r=!1}},t),n("figure",{class:"chart graph-box","aria-label":o,children:[n("div",{ref:s,class:"chart-body"}),i&&n("p",{role:"alert",class:"error",children:["The graph could not be drawn: ",i.message]})]})}var Dn={TRAINING_AND_DOCTRINE:G.blue,INSTITUTION_BUILDING:G.green,LEGAL_CHANGE:G.vermillion,CIVILIAN_CONTROL:G.purple,INTEROPERABILITY:G.orange,REGIONAL_HARMONIZATION:G.sky,PROFESSIONALIZATION:G.black},Ie=(e,t)=>({id:e.id,label:M(e),typename:e.__typename,detail:t});function Ln({edge:e,onClose:t}){return e?n("aside",{class:"evidence-panel","aria-live":"polite","aria-label":"Evidence of the selected link",children:[n("div",{class:"evidence-head",children:[n("h3",{children:[n(L,{node:e.from})," \u2192 ",n(L,{node:e.to})]}),n("button",{type:"button",class:"button",onClick:t,"aria-label":"Close the evidence panel",children:"Close"})]}),e.what&&n("p",{children:e.what}),e.confidence&&n(we,{value:e.confidence}),e.citationsNote&&n("p",{class:"muted",children:e.citationsNote}),n(xe,{citations:e.citations})]}):n("p",{class:"muted evidence-hint",children:"Select an arrow (click, or Tab then Enter) to see the citations it rests on."})}function Wo({country:e}){let{data:t,error:o,loading:a,request:s}=ne("ReformPathways",{country:e}),[i,l]=E(null),[r,c]=E(null),d=H(null),u=t&&t.reformPathways||[],b=m=>m.deployment||m.mission||m.from,k=m=>m.deployment?oe(Z(m.deployment)):m.mission?"the mission as a whole":m.from.__typename==="Event"?`an event, ${ae(m.from)||"date not given"}`:"participation in general",p={STATED_ATTACHMENT_INFERRED:" (the source names no deployment: the attachment is the dataset\u2019s)",INFERRED_FROM_ABSTRACT:" (only the study\u2019s abstract supports it)"},h=new Map,_=new Map,f=[];u.forEach((m,S)=>{let P=b(m);P&&(h.set(P.id,Ie(P,k(m))),_.set(m.reform.id,Ie(m.reform,[ae(m.reform)||"date not given",z(m.reform.kind)].join(" \xB7 "))),f.push({key:`rp-${S}`,source:P.id,target:m.reform.id,colour:Dn[m.mechanism]||"#666",citations:m.citations,ariaLabel:`${M(P)} drove ${M(m.reform)} (${z(m.mechanism)}): ${m.citations.length} citations`,panel:{from:P,to:m.reform,what:`${z(m.mechanism)}. ${m.explanation||""}${p[m.basis]||""}`,confidence:m.confidence,citations:m.citations}}))});let x=m=>(c(r===m.id?null:m.id),!1),g=[{title:"Participation",nodes:[...h.values()].map(m=>({...m,onNode:x}))},{title:"Reform",nodes:[..._.values()].map(m=>({...m,onNode:x}))}],y=u.map(m=>({country:e,participation:b(m)&&b(m).id,reform:m.reform.id,reformDate:ae(m.reform),mechanism:m.mechanism,confidence:m.confidence,citations:m.citations.length,explanation:m.explanation})),C=[...new Set(u.map(m=>m.mechanism))];return n("section",{class:"pathways-section","aria-labelledby":"rp-h",children:[n("div",{class:"section-head",children:[n("h2",{id:"rp-h",children:"How participation drove reform"}),n("div",{class:"toolbar",children:[n(re,{requests:[s]}),n(ue,{name:`reform-pathways-${e}`,rows:y,json:u,svg:()=>d.current,citations:u.flatMap(m=>m.citations)})]})]}),n("div",{class:"controls",children:[n(he,{single:!0,selected:[e],onChange:([m])=>A({reform:m})}),n("ul",{class:"legend","aria-label":"Mechanisms",children:C.map(m=>n("li",{children:[n("span",{class:"swatch line",style:{background:Dn[m]},"aria-hidden":"true"})," ",z(m)]},m))})]}),o&&n(J,{error:o}),a&&!t&&n(K,{what:"the reform pathways"}),t&&u.length===0&&n("p",{children:["The graph holds no sourced link from participation to a reform for ",e,"."]}),u.length>0&&n("div",{class:"graph-and-panel",children:[n(Te,{label:`Reform pathways of ${e}`,deps:[e,i&&i.key,r,u.length],onDrawn:m=>d.current=m,draw:(m,S)=>m.layered(S,{columns:g,edges:f,href:P=>V(P.id),onEdge:l,selectedEdge:i&&i.key,focus:r,width:900})}),n(Ln,{edge:i&&i.panel,onClose:()=>l(null)})]}),u.length>0&&n("details",{class:"as-table",children:[n("summary",{children:["The ",u.length," chains as a table"]}),n("table",{class:"table",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Participation"}),n("th",{scope:"col",children:"Reform"}),n("th",{scope:"col",children:"Mechanism"}),n("th",{scope:"col",children:"Confidence"}),n("th",{scope:"col",children:"Evidence"})]})}),n("tbody",{children:u.map((m,S)=>n("tr",{children:[n("td",{children:n(L,{node:b(m),showKind:!0})}),n("td",{children:[n(L,{node:m.reform})," ",n("span",{class:"muted",children:ae(m.reform)||""})]}),n("td",{children:[z(m.mechanism),m.explanation?n("div",{class:"muted",children:m.explanation}):null]}),n("td",{children:n(we,{value:m.confidence})}),n("td",{children:n(ke,{citations:m.citations,id:`rp-${S}-c`})})]},S))})]})]})]})}function Go({country:e}){let{data:t,error:o,loading:a,request:s}=ne("Compliance",{country:e}),[i,l]=E(null),[r,c]=E(void 0),d=H(null),u=t&&t.constitutionalCompliance||[],b=new Map,k=new Map,p=new Map,h=[],_=new Set,f=m=>(c(g===m.id?null:m.id),!1),x="The API gives these citations per compliance record: the deployment\u2019s own, its constraints\u2019 and its authorizations\u2019.";for(let m of u){let S=m.deployment;b.set(S.id,Ie(S,oe(Z(S))));let P=new Set(m.safeguards.map($=>$.id));for(let $ of m.safeguards){k.set($.id,Ie($,z($.kind))),h.push({key:`c-${S.id}-${$.id}`,source:S.id,target:$.id,colour:"#8c8c8c",citations:m.citations,ariaLabel:`${M(S)} constrained by ${M($)}: ${m.citations.length} citations of the record`,panel:{from:S,to:$,what:"Constrained by this safeguard.",citations:m.citations,citationsNote:x}});for(let T of $.groundedIn){let N=`g-${$.id}-${T.id}`,W=m.legalBasis.find(ee=>ee.id===T.id);W&&!_.has(N)&&(_.add(N),h.push({key:N,source:$.id,target:T.id,colour:G.vermillion,citations:m.citations,ariaLabel:`${M($)} grounded in ${M(W)}`,panel:{from:$,to:W,what:"The safeguard is grounded in this instrument.",citations:m.citations,citationsNote:x}}))}}for(let $ of m.legalBasis)p.set($.id,Ie($,[z($.kind),$.reference,ae($)].filter(Boolean).join(" \xB7 ")));for(let $ of S.authorizedBy){let T=m.legalBasis.find(N=>N.id===$.id);T&&h.push({key:`a-${S.id}-${$.id}`,source:S.id,target:$.id,colour:G.blue,dashed:!0,citations:m.citations,ariaLabel:`${M(S)} authorized by ${M(T)}`,panel:{from:S,to:T,what:"The deployment was authorized by this instrument.",citations:m.citations,citationsNote:x}})}}let g=r===void 0?u[0]&&u[0].deployment.id||null:r,y=[{title:"Deployment",nodes:[...b.values()].map(m=>({...m,onNode:f}))},{title:"Safeguard",nodes:[...k.values()].map(m=>({...m,onNode:f}))},{title:"Legal basis",nodes:[...p.values()].map(m=>({...m,onNode:f}))}],C=u.map(m=>({country:e,deployment:m.deployment.id,safeguards:m.safeguards.map(S=>S.id),legalBasis:m.legalBasis.map(S=>S.id),citations:m.citations.length}));return n("section",{class:"pathways-section","aria-labelledby":"cc-h",children:[n("div",{class:"section-head",children:[n("h2",{id:"cc-h",children:"Which safeguards kept each deployment within constitutional limits"}),n("div",{class:"toolbar",children:[n(re,{requests:[s]}),n(ue,{name:`compliance-${e}`,rows:C,json:u,svg:()=>d.current,citations:u.flatMap(m=>m.citations)})]})]}),n("div",{class:"controls",children:[n(he,{single:!0,selected:[e],onChange:([m])=>A({compliance:m})}),n("label",{class:"inline",children:["Deployment"," ",n("select",{"aria-label":"Deployment whose chains are drawn",value:g||"",onChange:m=>c(m.currentTarget.value||null),children:[n("option",{value:"",children:"all deployments (overlaid)"}),[...b.values()].map(m=>n("option",{value:m.id,children:m.label},m.id))]})]}),n("ul",{class:"legend",children:[n("li",{children:[n("span",{class:"swatch line",style:{background:"#8c8c8c"},"aria-hidden":"true"})," constrained by"]}),n("li",{children:[n("span",{class:"swatch line",style:{background:G.vermillion},"aria-hidden":"true"})," grounded in"]}),n("li",{children:[n("span",{class:"swatch line dashed",style:{background:G.blue},"aria-hidden":"true"})," authorized by"]})]})]}),o&&n(J,{error:o}),a&&!t&&n(K,{what:"the compliance records"}),t&&u.length===0&&n("p",{children:["The graph holds no deployment with a recorded safeguard for ",e,"."]}),u.length>0&&n("div",{class:"graph-and-panel",children:[n(Te,{label:`Constitutional compliance of ${e}`,deps:[e,i&&i.key,g,u.length],onDrawn:m=>d.current=m,draw:(m,S)=>m.layered(S,{columns:y,edges:h,href:P=>V(P.id),onEdge:l,selectedEdge:i&&i.key,focus:g,only:!0,width:1100})}),n(Ln,{edge:i&&i.panel,onClose:()=>l(null)})]})]})}function Mn({params:e}){Y("Pathways and compliance");let t=(e.get("reform")||e.get("country")||"ARG").toUpperCase(),o=(e.get("compliance")||(e.get("country")==="MEX"?"MEX":"JPN")).toUpperCase();return n("div",{class:"view pathways",children:[n("header",{class:"view-header",children:n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:"Pathways and compliance"}),n("div",{class:"lede",children:n("p",{children:"The study\u2019s two mechanisms as chains of evidence: participation that drove reform (the Argentine case), and the safeguards and legal basis that kept each deployment within constitutional limits (the Japanese case). Select a node to follow its chains; select an arrow to see the citations it rests on."})})]})}),n(Wo,{country:t}),n(Go,{country:o})]})}var On=e=>e&&typeof e=="object"&&typeof e.id=="string"&&typeof e.__typename=="string";function qn(e){let t=[],o=(a,s)=>{On(s)&&t.push({node:s,field:a})};for(let[a,s]of Object.entries(e||{}))if(!(a==="__typename"||a==="id"))if(Array.isArray(s)){for(let i of s)if(On(i))o(a,i);else if(i&&typeof i=="object")for(let[l,r]of Object.entries(i))o(`${a}.${l}`,r)}else if(s&&typeof s=="object"&&Array.isArray(s.nodes))for(let i of s.nodes)o(a,i);else o(a==="owner"?"country":a,s);return t}var Ze=(e,t)=>({id:e.id,label:M(e),typename:e.__typename,depth:t}),et=(e,t)=>e<t?`${e}|${t}`:`${t}|${e}`;var Un=300,wt=150,Vo=3;async function Bn(e,t,o,a){let s=t.filter(r=>!e.expanded.has(r));if(s.length===0)return;let{data:i,request:l}=await cn("Neighbours",s);a.push(l),i.forEach((r,c)=>{let d=s[c];if(e.expanded.add(d),!r)return;e.nodes.has(d)||e.nodes.set(d,Ze(r,o));let u=qn(r).filter(p=>p.node.id!==d),b=new Map;for(let p of u)b.has(p.node.id)||b.set(p.node.id,p);let k=[...b.values()].sort((p,h)=>le.indexOf(p.node.__typename)-le.indexOf(h.node.__typename)||M(p.node).localeCompare(M(h.node)));e.hidden.set(d,Math.max(0,k.length-wt));for(let p of k.slice(0,wt)){if(!e.nodes.has(p.node.id)){if(e.nodes.size>=Un){e.hidden.set(d,(e.hidden.get(d)||0)+1);continue}e.nodes.set(p.node.id,Ze(p.node,o+1))}let h=et(d,p.node.id);e.edges.has(h)||e.edges.set(h,{key:h,source:d,target:p.node.id,label:p.field.replace(/\..*$/,"")})}})}function zn(){return{nodes:new Map,edges:new Map,expanded:new Set,hidden:new Map}}function Ko({onPick:e,disabled:t}){let[o,a]=E(""),[s,i]=E([]);return n("form",{class:"path-picker",onSubmit:async r=>{if(r.preventDefault(),!o.trim())return;let{data:c}=await se("Search",{text:o.trim()});i(c.searchConnection.nodes.slice(0,8))},role:"search",children:[n("label",{for:"path-to",children:"Evidence path to"}),n("input",{id:"path-to",type:"search",value:o,onInput:r=>a(r.currentTarget.value),placeholder:"search an entity, e.g. PKO Act",disabled:t}),n("button",{type:"submit",class:"button",disabled:t,children:"Find"}),s.length>0&&n("ul",{class:"pick-list",children:s.map(r=>n("li",{children:n("button",{type:"button",class:"link-button",onClick:()=>{i([]),e(r.node.id)},children:[n(ve,{typename:r.node.__typename})," ",M(r.node)]})},r.node.id))})]})}function jn({params:e}){let t=e.get("focus")||"country:mex",o=Math.min(Vo,Math.max(1,parseInt(e.get("depth")||"1",10)||1)),a=e.get("to")||"";Y(`Graph of ${t}`);let[s,i]=E({loading:!0,error:null,version:0,path:null,selected:null}),l=H(zn()),r=H([]),c=H(null),d=(y={})=>i(C=>({...C,...y,version:C.version+1}));F(()=>{let y=!0;return l.current=zn(),r.current=[],i({loading:!0,error:null,version:0,path:null,selected:t}),(async()=>{let C=[t];for(let S=0;S<o&&C.length;S++){let P=new Set(l.current.nodes.keys());await Bn(l.current,C.slice(0,60),S,r.current),C=[...l.current.nodes.keys()].filter($=>!P.has($)&&!l.current.expanded.has($))}let m=null;if(a){let{data:S,request:P}=await se("EvidencePath",{from:t,to:a,maxHops:6});r.current.push(P),m=S.evidencePath;let $=null;for(let T of m){if(l.current.nodes.has(T.node.id)||l.current.nodes.set(T.node.id,Ze(T.node,9)),$){let N=et($,T.node.id);l.current.edges.has(N)||l.current.edges.set(N,{key:N,source:T.forward?$:T.node.id,target:T.forward?T.node.id:$,label:T.relationship})}$=T.node.id}}y&&d({loading:!1,path:m})})().catch(C=>y&&i(m=>({...m,loading:!1,error:C}))),()=>{y=!1}},[t,o,a]);let u=y=>(i(C=>({...C,selected:y.id})),l.current.expanded.has(y.id)||Bn(l.current,[y.id],y.depth||1,r.current).then(()=>d()).catch(C=>i(m=>({...m,error:C}))),!1),b=[...l.current.nodes.values()].map(y=>({...y,expanded:l.current.expanded.has(y.id)})),k=[...l.current.edges.values()],p=new Set((s.path||[]).map(y=>y.node.id)),h=new Set;(s.path||[]).forEach((y,C,m)=>C>0&&h.add(et(m[C-1].node.id,y.node.id)));let _=s.selected&&l.current.nodes.get(s.selected),f=[...l.current.hidden.entries()].filter(([,y])=>y>0),x=[...new Set(b.map(y=>y.typename))].sort((y,C)=>le.indexOf(y)-le.indexOf(C)),g=l.current.nodes.get(t);return n("div",{class:"view graph",children:[n("header",{class:"view-header",children:[n("div",{children:[n("h1",{tabIndex:-1,id:"view-title",children:["Neighbourhood of ",g?g.label:t]}),n("div",{class:"lede",children:n("p",{children:["The node and its neighbours over the graph\u2019s relationships (citations are not drawn as edges). Click a node marked + (or Tab to it and press Enter) to expand it; drag to pan, scroll to zoom. At most ",wt," neighbours per node and ",Un," nodes are drawn; the rest are listed on the node\u2019s page."]})})]}),n("div",{class:"toolbar",children:[n(re,{requests:r.current}),n(ue,{name:`graph-${t.replace(/[:/]/g,"-")}`,rows:k.map(y=>({source:y.source,relationship:y.label,target:y.target})),json:{nodes:b,edges:k},svg:()=>c.current})]})]}),n("div",{class:"controls",role:"group","aria-label":"Graph options",children:[n("fieldset",{children:[n("legend",{children:"Depth"}),[1,2,3].map(y=>n("label",{class:"check",children:[n("input",{type:"radio",name:"depth",checked:o===y,onChange:()=>A({depth:y===1?null:y})})," ",y]},y))]}),n(Ko,{disabled:s.loading,onPick:y=>A({to:y})}),a&&n("p",{class:"path-summary","aria-live":"polite",children:[s.path==null?"Finding the path\u2026":s.path.length===0?`No path within 6 steps to ${a}.`:`Path to ${(l.current.nodes.get(a)||{label:a}).label}: ${s.path.length-1} steps.`," ",n("button",{type:"button",class:"link-button",onClick:()=>A({to:null}),children:"clear"})]})]}),n("ul",{class:"legend kinds","aria-label":"Kinds of node",children:x.map(y=>n("li",{children:[n("span",{class:"swatch dot",style:{background:te(y).colour},"aria-hidden":"true"})," ",te(y).label]},y))}),s.error&&n(J,{error:s.error}),s.loading&&n(K,{what:"the neighbourhood"}),!s.loading&&b.length===0&&n("p",{children:["No node ",t," in the graph."]}),!s.loading&&b.length>0&&n("div",{class:"graph-and-panel wide",children:[n(Te,{label:`Neighbourhood of ${t}`,deps:[s.version,t,o,a,s.selected],onDrawn:y=>c.current=y,draw:(y,C)=>y.force(C,{nodes:b,edges:k,focus:t,selected:s.selected,pathIDs:p,pathEdges:h,href:m=>V(m.id),onNode:u,width:1e3,height:640})}),n("aside",{class:"evidence-panel","aria-live":"polite","aria-label":"Selected node",children:[_?n(U,{children:[n("h3",{children:[n(ve,{typename:_.typename})," ",_.label]}),n("p",{children:n("code",{children:_.id})}),n("p",{children:[n("a",{href:V(_.id),children:"Open its page"})," \xB7"," ",n("a",{href:I("graph",{focus:_.id}),children:"Centre the graph on it"}),_.id!==t&&n(U,{children:[" \xB7 ",n("a",{href:I("graph",{focus:t,depth:o===1?null:o,to:_.id}),children:["Evidence path from ",g?g.label:t]})]})]}),l.current.hidden.get(_.id)>0&&n("p",{class:"muted",children:[l.current.hidden.get(_.id)," more neighbours are on its page."]})]}):n("p",{class:"muted",children:"Select a node."}),n("p",{class:"muted graph-stats","data-nodes":b.length,"data-edges":k.length,children:[b.length," nodes, ",k.length," relationships drawn",f.length?`; ${f.reduce((y,[,C])=>y+C,0)} neighbours left out`:"","."]}),s.path&&s.path.length>0&&n("ol",{class:"path-steps","aria-label":"Evidence path",children:s.path.map((y,C)=>n("li",{children:[y.relationship&&n("span",{class:"muted",children:[y.forward?"\u2192":"\u2190"," ",y.relationship," "]}),n(L,{node:y.node,showKind:!0})]},C))})]})]}),n("p",{class:"muted",children:["Kinds by colour and letter: ",x.map(y=>`${te(y).glyph} ${te(y).label}`).join(", "),". ",ge(t)?"":"The ID names no kind."]})]})}var Fn=[["","Home",hn],["personnel","Personnel",Rn],["timeline","Timeline",Tn],["compare","Compare",An],["pathways","Pathways & compliance",Mn],["graph","Graph",jn]];function Jo({rest:e}){return n("div",{class:"view",children:[n("h1",{tabIndex:-1,id:"view-title",children:"Not found"}),n("p",{children:["The explorer has no view ",n("code",{children:["/",e]}),". Entity pages have an ID with a kind, such as"," ",n("a",{href:`${O.base}/mission:minustah`,children:"mission:minustah"}),"."]})]})}function Xo(){let e=Jt(),[t,o]=E(()=>localStorage.getItem("peacegraph-explorer-large")==="1");F(()=>{document.documentElement.classList.toggle("large",t);try{localStorage.setItem("peacegraph-explorer-large",t?"1":"0")}catch{}},[t]),F(()=>{let l=document.getElementById("view-title");l&&document.activeElement&&document.activeElement!==document.body&&l.focus({preventScroll:!0})},[e.rest]);let a=e.rest.split("/")[0],s=Fn.find(([l])=>l===a),i;if(s){let l=s[2];i=n(l,{params:e.params})}else e.rest.includes(":")?i=n(wn,{id:e.rest,params:e.params}):i=n(Jo,{rest:e.rest});return n(U,{children:[n("a",{class:"skip",href:"#main",children:"Skip to content"}),n("header",{class:"site",children:[n("a",{class:"brand",href:I(""),children:["peacegraph ",n("span",{children:"explorer"})]}),n("nav",{"aria-label":"Views",children:n("ul",{children:Fn.map(([l,r])=>n("li",{children:n("a",{href:I(l),"aria-current":s&&s[0]===l?"page":void 0,children:r})},l))})}),n("div",{class:"site-tools",children:[n("button",{type:"button",class:"button","aria-pressed":t?"true":"false",onClick:()=>o(!t),title:"Larger text and marks, for a projector",children:"Projector"}),n("a",{class:"button",href:O.playground,target:"_blank",rel:"noopener",children:"Playground \u2197"})]})]}),n("main",{id:"main",children:i}),n("footer",{class:"site",children:["Every mark rests on a source: follow a citation count to its documents. Data: the public GraphQL API at"," ",n("code",{children:O.endpoint}),"; flat exports at ",n("a",{href:O.exportIndex,children:O.exportIndex}),"."]})]})}Xt();var Hn=document.getElementById("explorer");Hn.textContent="";Dt(n(Xo,{}),Hn);
